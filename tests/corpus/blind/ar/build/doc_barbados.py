"""Government of Barbados, Ministry of the Public Service, Training Administration Division (training.gov.bb) -
news/article page "Understanding the Competency Framework" (TYPO3 news extension), hand-written HTML.

NEAR MISS: an article that explains what competencies are and what the Public Service competency framework is
for; it defines the word "competency", quotes definitions from the literature and names the GIVE principles,
but describes no competency. Gold: "competencies": [].
"""
import helpers as H

STEM = "barbados-tad-understanding-competency-framework"
TITLE = "Understanding the Competency Framework"

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2015 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at http://typo3.org/
-->
<base href="http://training.gov.bb/">
<title>Training Administration Division: Understanding the Competency Framework</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" href="typo3temp/stylesheet_4c1d2f0a3b.css?1424688123" media="all">
<link rel="stylesheet" type="text/css" href="fileadmin/templates/tad/css/main.css?1424688123" media="all">
<script src="fileadmin/templates/tad/js/jquery-1.11.1.min.js" type="text/javascript"></script>
<script src="typo3temp/javascript_a708894199.js?1424688123" type="text/javascript"></script>
</head>
<body>
<div id="page">
<a class="skip" href="#content">Skip to main content</a>
<div id="header">
  <div id="logo"><a href="index.php?id=1"><img src="fileadmin/templates/tad/images/coat-of-arms.png" width="70" height="80" alt="Barbados Coat of Arms"></a></div>
  <div id="sitename">
    <p class="ministry">Ministry of the Public Service</p>
    <p class="division">Training Administration Division</p>
  </div>
  <form id="search" action="index.php?id=95" method="post"><input type="text" name="tx_indexedsearch[sword]" value="" placeholder="Search"><input type="submit" value="Go"></form>
</div>
<div id="nav">
  <ul>
    <li><a href="index.php?id=1">Home</a></li>
    <li><a href="index.php?id=71">About Us</a></li>
    <li><a href="index.php?id=74">Training Calendar</a></li>
    <li><a href="index.php?id=76">Courses</a></li>
    <li><a href="index.php?id=80">Scholarships &amp; Awards</a></li>
    <li><a href="index.php?id=84">Publications</a></li>
    <li class="active"><a href="index.php?id=88">News &amp; Articles</a></li>
    <li><a href="index.php?id=92">Contact Us</a></li>
  </ul>
</div>
<div id="breadcrumb"><a href="index.php?id=1">Home</a> &raquo; <a href="index.php?id=88">News &amp; Articles</a> &raquo; Understanding the Competency Framework</div>
<div id="main">
<div id="content">
<!--TYPO3SEARCH_begin-->
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header">
  <h1 itemprop="headline">Understanding the Competency Framework</h1>
</div>
<div class="footer">
  <p><span class="news-list-date"><time datetime="2015-03-12">12/03/2015</time></span>
  <span class="news-list-category">Articles</span></p>
</div>
<div class="news-text-wrap" itemprop="articleBody">
<p><em>written by Sabrina Baird, former Training Officer, Training Administration Division</em></p>
<p>When done well, competency frameworks can make performance expectations clearer and set up a clear link between the performance of individuals and that of the organisation. They can be extremely useful in recruitment, training and development, talent spotting and performance management.</p>
<p>(The Chartered Institute of Personnel and Development (CIPD), U.K)</p>
<p>&nbsp;</p>
<h3>But what do we mean when we talk about competencies?</h3>
<p>There is a great deal of discussion among academics about the difference between competence/competences and competency/competencies. In a general sense, the words mean much the same thing.</p>
<p>Teodorescu (2006) gives definitions for the two words. The first comes from the American Heritage Dictionary, which defines competence as the state or quality of being adequately or well qualified; a specific range of skill, knowledge or ability.</p>
<p>&nbsp;The second, taken from WordNet, defines a competency as the quality of being adequately or well qualified.</p>
<p>&nbsp;</p>
<h3>So what's all the fuss about?</h3>
<p>This is hardly a debate that deserves as much of our time as, say, how Barbados should work its way out of its present financial position, or how we should best assess and place children in our education system – but it is an interesting one that can be explored in its own right.</p>
<p>For the purposes of this article we focus on competency/competencies, and we use the definitions below as the foundation for what we mean when we speak of our competency framework.</p>
<p>David Dubois, as cited by Teodorescu (2006), described a competency as the characteristics – knowledge, skills, mindsets, thought patterns and the like – which, used singly or in combination, lead to successful performance.</p>
<p>Our competency framework points out to its readers that, traditionally, public service job descriptions have listed the qualifications and experience a post requires while saying little about how the work should be done. Competencies fill that gap: they describe the behaviours that lead to good performance, and they give officers and their supervisors a common language in which to discuss it.</p>
<p>&nbsp;</p>
<h3>How will the framework be used?</h3>
<p>The framework will inform the recruitment and career progression of public officers, and it will support the Performance Review and Development System (PRDS) and the 360-degree appraisal. It also places the guiding principles of Great Attitudes, Initiative, Values and Excellence (GIVE), together with those of the Code of Conduct and Ethics in the Public Service Act, CAP 29, at the heart of everything the Public Service does.</p>
<p>In the next issue we will look at how the training programmes offered by the Training Administration Division are being aligned with the framework.</p>
</div>
<div class="news-backlink-wrap"><a href="index.php?id=88">Back</a></div>
</div>
</div>
<!--TYPO3SEARCH_end-->
</div>
<div id="sidebar">
  <h2>Latest News</h2>
  <ul class="news-latest">
    <li><a href="index.php?id=88&amp;tx_news_pi1%5Bnews%5D=18&amp;tx_news_pi1%5Bcontroller%5D=News&amp;tx_news_pi1%5Baction%5D=detail">Training Calendar: April &ndash; June 2015</a></li>
    <li><a href="index.php?id=88&amp;tx_news_pi1%5Bnews%5D=17&amp;tx_news_pi1%5Bcontroller%5D=News&amp;tx_news_pi1%5Baction%5D=detail">Call for Nominations: Supervisory Management Programme</a></li>
    <li><a href="index.php?id=88&amp;tx_news_pi1%5Bnews%5D=15&amp;tx_news_pi1%5Bcontroller%5D=News&amp;tx_news_pi1%5Baction%5D=detail">Government of Barbados Scholarships and Exhibitions 2015</a></li>
  </ul>
  <h2>Quick Links</h2>
  <ul>
    <li><a href="http://www.publicservice.gov.bb">Ministry of the Public Service</a></li>
    <li><a href="http://www.gov.bb">Government of Barbados Portal</a></li>
    <li><a href="index.php?id=84">Forms &amp; Downloads</a></li>
  </ul>
</div>
</div>
<div id="footer">
  <p>Training Administration Division, Ministry of the Public Service<br>
  Nicholls House, Lower Broad Street, Bridgetown, St. Michael, Barbados<br>
  Tel: (246) 535-4500 &nbsp;|&nbsp; Email: tad@barbados.gov.bb</p>
  <p>&copy; 2015 Government of Barbados. All rights reserved. &nbsp;<a href="index.php?id=96">Disclaimer</a> | <a href="index.php?id=97">Sitemap</a></p>
</div>
</div>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-3312045-7']);
  _gaq.push(['_trackPageview']);
  (function() { var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
  ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
  var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); })();
</script>
</body>
</html>
"""


def build():
    out = H.DOCS / f"{STEM}.html"
    out.write_text(PAGE, encoding="utf-8")
    return out


def gold(path):
    return H.write_gold(path, "html", TITLE, [])


if __name__ == "__main__":
    p = build()
    print(p, gold(p))
