"""SRA Statement of Solicitor Competence: sra.org.uk web page (HTML) with site chrome."""
import html

from ajlib import DOCS, competency, item

STEM = "sra-statement-of-solicitor-competence"
FILE = DOCS / f"{STEM}.html"
TITLE = "Statement of solicitor competence"

# (letter, category name, [(code, statement, [sub-statements])])
CATEGORIES = [
    ("A", "Ethics, professionalism and judgement", [
        ("A1", "Act honestly and with integrity, in line with legal and regulatory requirements and the SRA Standards and Regulations, including:", [
            "Spotting ethical issues and using sound judgement to deal with them",
            "Understanding the ethical concepts that govern their role and conduct as a lawyer, and putting them into practice",
            "Identifying which SRA principles and rules of professional conduct apply, and following them",
            "Standing firm against pressure to condone, overlook or take part in unethical behaviour",
            "Treating people of every background with respect, and acting fairly and inclusively",
        ]),
        ("A2", "Keep up the level of competence and legal knowledge needed to practise effectively, taking account of changes in their role and/or practice context and of developments in the law, including:", [
            "Owning their personal learning and development",
            "Reflecting on their practice and learning from it, and from other people",
            "Judging accurately where their strengths and limitations lie against the demands of their work",
            "Keeping an adequate and current understanding of the relevant law, policy and practice",
            "Changing the way they practise in response to developments in how legal services are delivered",
        ]),
        ("A3", "Work within the limits of their competence and the supervision they need, including:", [
            "Saying so when a piece of work is beyond their personal capability",
            "Recognising when they have made a mistake or are running into difficulty, and taking suitable action",
            "Asking for feedback, guidance and support where they need it, and making good use of it",
            "Knowing when to obtain expert advice",
        ]),
        ("A4", "Draw on a sufficiently detailed knowledge and understanding of their field(s) of work and role to practise effectively, including:", [
            "Working out which legal principles are relevant",
            "Applying legal principles to the facts so as to reach the solution that best meets the client's needs and reflects the client's commercial or personal circumstances",
            "Noticing issues that fall outside their own expertise and acting on them appropriately, for example by referring the client to another professional",
        ]),
        ("A5", "Apply understanding, critical thinking and analysis to solve problems, including:", [
            "Weighing up information to pick out the key issues and risks",
            "Spotting gaps and inconsistencies in the information available",
            "Judging how good and how reliable the information is",
            "Drawing on several sources of information to reach sound judgements",
            "Coming to decisions that are reasoned and backed by relevant evidence",
        ]),
    ]),
    ("B", "Technical legal practice", [
        ("B1", "Obtain relevant facts, including:", [
            "Getting the relevant information through well-judged questioning and active listening",
            "Establishing what the client wants, what they expect and what they are trying to achieve",
            "Picking up gaps or contradictions in what the client or others have said, and following them up",
            "Identifying and gathering the documents and other evidence that are relevant",
        ]),
        ("B2", "Undertake legal research, including:", [
            "Realising when a point calls for legal research",
            "Choosing suitable methods and resources for the research",
            "Identifying, locating and assessing the relevant sources of law",
            "Interpreting, weighing and applying what the research has found",
            "Recording and presenting the findings accurately, in a form suited to the people who will use them",
        ]),
        ("B3", "Develop and advise on relevant options, strategies and solutions, including:", [
            "Understanding and assessing the client's commercial, personal and financial situation and the wider context",
            "Setting out the options available and assessing the risks and benefits of each",
            "Agreeing a strategy and the best course of action in the light of the client's objectives",
            "Giving the client clear advice on the options so that they can make an informed decision",
        ]),
        ("B4", "Draft documents which are legally effective and accurately reflect the client's instructions, including:", [
            "Writing in language that is clear, precise and fit for the purpose",
            "Producing documents that satisfy the relevant formal and legal requirements",
            "Reviewing and amending drafts when instructions or the law change",
        ]),
        ("B5", "Undertake effective spoken and written advocacy, including:", [
            "Preparing thoroughly by identifying and mastering the relevant facts and law",
            "Ordering facts and arguments in a logical and persuasive way",
            "Making their points clearly, relevantly and concisely",
            "Responding effectively to the other side's points and to questions from the court or tribunal",
            "Keeping to the procedural and evidential rules and to the etiquette of the court or tribunal",
        ]),
        ("B6", "Negotiate solutions to clients' issues, including:", [
            "Working out what the client needs to achieve and setting priorities accordingly",
            "Anticipating the likely position and interests of the other party",
            "Using persuasive argument and appropriate concessions to move towards agreement",
            "Reaching agreements that meet the client's objectives as fully as the circumstances allow",
        ]),
        ("B7", "Plan, manage and progress legal cases and transactions, including:", [
            "Using their knowledge of the procedure and practice that apply",
            "Anticipating likely developments and planning for the issues they may raise",
            "Taking prompt and efficient steps to move matters forward",
            "Keeping the client and other people concerned informed of progress",
            "Reviewing progress and adjusting plans when circumstances change",
        ]),
    ]),
    ("C", "Working with other people", [
        ("C1", "Communicate clearly and effectively, orally and in writing, including:", [
            "Making sure that what they communicate is understood",
            "Choosing the method and style of communication that best suits the situation and the people receiving it",
            "Using language that is clear, concise and accurate, and avoiding needless technical terms",
            "Writing with correct spelling, grammar and punctuation",
            "Respecting confidentiality where it applies",
        ]),
        ("C2", "Establish and maintain effective and professional relations with clients, including:", [
            "Being courteous and respectful towards clients",
            "Giving clients information in a form they can understand, with their needs and circumstances in mind",
            "Telling clients clearly what they can expect, including the likely costs and course of the matter",
            "Recognising when a client may be vulnerable and responding appropriately",
            "Handling complaints from clients effectively",
        ]),
        ("C3", "Establish and maintain effective and professional relations with other people, including:", [
            "Being courteous and respectful towards everyone they deal with",
            "Delegating work in a clear and appropriate way",
            "Supervising the work of others effectively",
            "Keeping colleagues informed of progress and of any difficulties",
            "Working collaboratively and recognising and valuing what others contribute",
        ]),
    ]),
    ("D", "Managing themselves and their own work", [
        ("D1", "Initiate, plan, prioritise and manage work activities and projects so that they are completed efficiently, on time and to an appropriate standard, both for their own work and for work that they lead or supervise, including:", [
            "Taking personal responsibility for seeing work through to completion",
            "Planning and prioritising work and dealing with competing demands",
            "Agreeing realistic timescales and keeping to them",
            "Identifying the risks in a matter or project and managing them",
            "Making effective use of information technology",
            "Keeping up the quality of work when under pressure",
        ]),
        ("D2", "Keep, use and maintain accurate, complete and clear records, including:", [
            "Using information management systems, including electronic files and storage, effectively",
            "Storing and retrieving information safely and securely",
            "Meeting the requirements of confidentiality, data protection and information security",
            "Recording information accurately and in a way that others can follow and use",
        ]),
        ("D3", "Apply good business practice, including:", [
            "Showing an adequate grasp of the commercial, organisational and financial context they work in and of their own part in it",
            "Explaining clearly to clients the financial basis on which legal services are provided",
            "Handling financial matters, including client money, in line with the regulations",
            "Understanding why resources must be used efficiently",
            "Putting the principles of sound risk management into practice",
        ]),
    ]),
]

HEAD = """<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Statement of solicitor competence | Solicitors Regulation Authority</title>
<meta name="description" content="The Statement of Solicitor Competence sets out what solicitors need to be able to do to perform their role effectively.">
<link rel="canonical" href="https://www.sra.org.uk/solicitors/resources/continuing-competence/cpd/competence-statement/">
<link rel="stylesheet" href="/dist/css/main.min.css?v=4.12.1">
<link rel="icon" href="/favicon.ico">
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-SRA0000000"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'analytics_storage': 'denied'});
  gtag('js', new Date());
  gtag('config', 'G-SRA0000000');
</script>
<style>
  .cookie-banner{background:#1d1d1b;color:#fff;padding:1rem 2rem}
  .cookie-banner button{margin-right:.5rem}
  .competence-list{list-style:none;padding-left:0}
  .competence-list > li{margin-bottom:1.25rem}
  .competence-list .code{font-weight:700;display:inline-block;min-width:2.5rem}
  .sub-list{list-style-type:lower-alpha;margin-left:3rem}
  .visually-hidden{position:absolute;left:-9999px}
</style>
</head>
<body class="page-template-standard">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <h2>Cookies on the SRA website</h2>
  <p>We use some essential cookies to make this website work. We would also like to set optional analytics cookies to help us understand how you use the site and to improve it.</p>
  <button type="button" class="btn btn--accept" data-cookie="accept">Accept all cookies</button>
  <button type="button" class="btn btn--reject" data-cookie="reject">Reject optional cookies</button>
  <a href="/home/privacy/cookies/">Manage cookie settings</a>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <div class="site-header__utility">
    <ul class="utility-nav">
      <li><a href="/home/contact-us/">Contact us</a></li>
      <li><a href="/home/careers/">Careers</a></li>
      <li><a href="/cymraeg/" lang="cy">Cymraeg</a></li>
      <li><a href="https://mysra.sra.org.uk/">mySRA login</a></li>
    </ul>
  </div>
  <div class="site-header__main">
    <a class="site-logo" href="/"><img src="/dist/img/sra-logo.svg" alt="Solicitors Regulation Authority"></a>
    <form class="site-search" action="/search/" role="search">
      <label for="site-search-input" class="visually-hidden">Search the site</label>
      <input id="site-search-input" name="q" type="search" placeholder="Search">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="primary-nav" aria-label="Main menu">
    <ul>
      <li><a href="/consumers/">Consumers</a></li>
      <li><a href="/solicitors/">Solicitors</a></li>
      <li><a href="/firms/">Firms</a></li>
      <li><a href="/become-solicitor/">Become a solicitor</a></li>
      <li><a href="/solicitors/standards-regulations/">Standards and regulations</a></li>
      <li><a href="/sra/news/">News</a></li>
      <li><a href="/sra/">About us</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumb-wrapper">
  <ol class="breadcrumb" aria-label="Breadcrumb">
    <li><a href="/">Home</a></li>
    <li><a href="/solicitors/">Solicitors</a></li>
    <li><a href="/solicitors/resources-archived/">Resources</a></li>
    <li><a href="/solicitors/resources/continuing-competence/">Continuing competence</a></li>
    <li aria-current="page">Statement of solicitor competence</li>
  </ol>
</div>
<div class="page-layout">
<aside class="section-nav" aria-label="In this section">
  <h2 class="section-nav__title">Continuing competence</h2>
  <ul>
    <li><a href="/solicitors/resources/continuing-competence/">Overview</a></li>
    <li class="is-active"><a href="/solicitors/resources/continuing-competence/cpd/competence-statement/">Statement of solicitor competence</a></li>
    <li><a href="/solicitors/resources/continuing-competence/cpd/statement-legal-knowledge/">Statement of legal knowledge</a></li>
    <li><a href="/solicitors/resources/continuing-competence/cpd/threshold-standard/">Threshold standard</a></li>
    <li><a href="/solicitors/resources/continuing-competence/toolkit/">Continuing competence toolkit</a></li>
  </ul>
</aside>
<main id="main-content" class="main-content" role="main">
<article class="article">
<h1>Statement of solicitor competence</h1>
<p class="article__meta">Updated 9 August 2022</p>
<div class="article__body">
<h2>About the competence statement</h2>
<p>The competence statement has three parts: the Statement of Solicitor Competence, the Threshold Standard and the Statement of Legal Knowledge. Together they set out the continuing competences we expect of every solicitor.</p>
<p>The Statement of Solicitor Competence describes what solicitors must be able to do to carry out their role well. It tells everyone what they are entitled to expect from their solicitor, and it is what aspiring solicitors are assessed against in the SQE.</p>
<p>Meeting the competences in the statement is part of the service and competence requirements in paragraph 3.1 of the Code of Conduct for Solicitors, RELs and RFLs. Our <a href="/solicitors/resources/continuing-competence/toolkit/">continuing competence resources</a> explain how to use the statement to plan and reflect on your learning.</p>
<p>Solicitors with a disability are entitled to reasonable adjustments in the way they show the competences, in line with our <a href="/sra/policy/reasonable-adjustment-policy/">reasonable adjustment policy</a>.</p>
<h2>Statement of solicitor competence</h2>
<p>We take a broad view of competence here: being able to carry out the roles and tasks that a job calls for, to the standard expected (Eraut &amp; du Boulay, 2001).</p>
<p>This view accepts that what is required changes with the job and its context. It also accepts that competence grows over time, and that a person may work competently at many different levels, at different points in their career or even from one day to the next, depending on the work in hand.</p>
<p>The statement should be read as a whole. For example, the requirement to act honestly and with integrity applies to every one of the competences that follow it.</p>
"""

TAIL = """</div>
<div class="article__share">
  <span>Share this page:</span>
  <a href="#" class="share share--linkedin">LinkedIn</a>
  <a href="#" class="share share--email">Email</a>
  <a href="#" class="share share--print" onclick="window.print();return false;">Print</a>
</div>
<div class="feedback-widget">
  <p>Was this page helpful?</p>
  <button type="button">Yes</button> <button type="button">No</button>
</div>
</article>
</main>
</div>
<footer class="site-footer">
  <div class="site-footer__links">
    <ul>
      <li><a href="/home/accessibility/">Accessibility</a></li>
      <li><a href="/home/privacy/">Privacy notice</a></li>
      <li><a href="/home/privacy/cookies/">Cookies</a></li>
      <li><a href="/home/terms-use/">Terms of use</a></li>
      <li><a href="/sra/corporate-strategy/freedom-information/">Freedom of information</a></li>
      <li><a href="/home/sitemap/">Sitemap</a></li>
    </ul>
  </div>
  <div class="site-footer__address">
    <p>Solicitors Regulation Authority, The Cube, 199 Wharfside Street, Birmingham, B1 1RN</p>
    <p>&copy; 2024 Solicitors Regulation Authority</p>
  </div>
</footer>
<script src="/dist/js/vendor/jquery-3.6.0.min.js"></script>
<script src="/dist/js/main.min.js?v=4.12.1"></script>
<script>
  document.querySelectorAll('[data-cookie]').forEach(function (b) {
    b.addEventListener('click', function () {
      document.cookie = 'sra_cookie_consent=' + b.dataset.cookie + ';path=/;max-age=31536000';
      document.getElementById('cookie-banner').hidden = true;
      if (b.dataset.cookie === 'accept') { gtag('consent', 'update', {'analytics_storage': 'granted'}); }
    });
  });
</script>
</body>
</html>
"""


def e(s):
    return html.escape(s, quote=False)


def build():
    parts = [HEAD]
    for letter, name, stmts in CATEGORIES:
        parts.append(f'<h3 id="section-{letter.lower()}">{letter}. {e(name)}</h3>\n<ul class="competence-list">\n')
        for code, stmt, subs in stmts:
            parts.append(f'  <li><span class="code">{code}</span> {e(stmt)}\n    <ol class="sub-list" type="a">\n')
            for s in subs:
                parts.append(f"      <li>{e(s)}</li>\n")
            parts.append("    </ol>\n  </li>\n")
        parts.append("</ul>\n")
    parts.append(TAIL)
    FILE.write_text("".join(parts), encoding="utf-8")
    return FILE


def gold():
    comps = []
    for letter, name, stmts in CATEGORIES:
        inds = []
        for code, stmt, subs in stmts:
            group = stmt.rstrip(":")
            inds += [item(STEM, s, group) for s in subs]
        comps.append(competency(STEM, name, None, indicators=inds))
    return "html", TITLE, comps
