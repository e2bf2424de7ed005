"""Cheshire East Council: "Values and Behaviours" (Brighter Future Together) page, hand-written HTML.

Layout as published: page heading, "For everyone" audience heading, intro paragraph, a tab strip "I will" /
"I won't" (each tab label carries visually-hidden text "for everyone"), then per value an "I will" block
headed "<Value> for everyone" and an "I won't" block headed "Values and behaviours that everyone won't do on
<Value>", interleaved value by value. No definitions, no levels. Council chrome: cookie banner, header with
search, service navigation, breadcrumb, "Brighter future" side menu, "Page last reviewed", footer, scripts.
"""
import bxlib as L
from bxlib import esc

STEM = "cheshireeast-values-and-behaviours"
OUT = L.DOCS / f"{STEM}.html"
TITLE = "Values and Behaviours"

INTRO = ("Delivering a great public service in a world that is changing fast is something we care deeply about "
         "at Cheshire East Council. Our promise of \u2018working for a brighter future \u2013 together\u2019 sits "
         "at the centre of this, and we can only keep it if every one of us lives, day in and day out, the five "
         "core values that we believe underpin our success.")

VALUES = [
    ("Flexibility",
     ["Take an active part in change and contribute to it",
      "Try to understand changes and talk about them positively",
      "Keep learning and improving for the benefit of myself, my team and my customer",
      "Be flexible at work and willing to try new things",
      "Listen to other people\u2019s opinions without judging them"],
     ["Say \u2018that won\u2019t work, we\u2019ve tried it before\u2019 and then carry on as I always have",
      "Say \u2018it\u2019s not my job\u2019 or simply moan",
      "Give up when things don\u2019t go the way I planned"]),
    ("Innovation",
     ["Challenge myself and others, regularly and positively, about the way we do things",
      "Ask curious questions",
      "Work with others to solve problems",
      "Keep looking for new ways of working",
      "Take a risk and put forward a suggestion"],
     ["Ignore something, or say nothing, when something looks wrong",
      "Dismiss new ideas or be negative or overly critical about them",
      "Deliver something just because that is what we have always done"]),
    ("Responsibility",
     ["Be honest and realistic about what can be achieved, and aim to exceed it wherever I can",
      "Keep my word and do what I say I am going to do",
      "Take responsibility for my own behaviour and actions",
      "Always try to be the best I can, and ask for help when I need it",
      "Own up when things go wrong"],
     ["Make promises I can\u2019t keep, or simply not deliver on them",
      "Fob people off",
      "Blame others and pass the buck"]),
    ("Service",
     ["Give my customers, colleagues and partners the very best service I can, consistently, responsibly and reliably",
      "Listen actively to people and take their views into account before I respond",
      "Put myself in the customer\u2019s shoes and treat them as I would want to be treated",
      "Keep people informed about what is happening and when",
      "Follow things through until they are resolved"],
     ["Keep people waiting without telling them why",
      "Hide behind process or jargon",
      "Treat a customer as a reference number rather than a person"]),
    ("Teamwork",
     ["Respect and value the contribution and differences of everyone I work with",
      "Share information, knowledge and skills willingly",
      "Support colleagues across teams and services to achieve shared goals",
      "Give and welcome honest, constructive feedback",
      "Celebrate our successes together"],
     ["Work in a silo or protect my own patch",
      "Talk about colleagues behind their backs",
      "Leave others to pick up the pieces"]),
]

NAV = ["Benefits", "Bins and recycling", "Business", "Children and families", "Council and democracy",
       "Council tax", "Jobs and careers", "Planning", "Roads, highways and parking", "Social care and support"]
SIDE = ["Brighter future together", "Our vision", "Values and behaviours", "Working for us", "Staff stories"]


def render():
    blocks = []
    for i, (name, will, wont) in enumerate(VALUES):
        wl = "".join(f"<li>{esc(t)}</li>" for t in will)
        nl = "".join(f"<li>{esc(t)}</li>" for t in wont)
        blocks.append(
            f'<div class="tab-panel-group" id="value-{i + 1}">\n'
            f'<div class="tab-panel" data-tab="will"><h3>{esc(name)} <span class="visually-hidden-sm">for everyone</span></h3>\n'
            f'<ul class="list list--bullet">{wl}</ul></div>\n'
            f'<div class="tab-panel" data-tab="wont"><h3><span class="visually-hidden-sm">Values and behaviours that everyone won\'t do on</span> {esc(name)}</h3>\n'
            f'<ul class="list list--bullet">{nl}</ul></div>\n</div>\n')
    nav = "".join(f'<li><a href="/{L.slug(n)}.aspx">{esc(n)}</a></li>' for n in NAV)
    act = ' class="active"'
    side = "".join(f'<li{act if s == "Values and behaviours" else ""}>'
                   f'<a href="/jobs_and_careers/brighter-future/{L.slug(s)}.aspx">{esc(s)}</a></li>' for s in SIDE)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Values and Behaviours - Cheshire East Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/cec-main.min.css?v=2021.9">
<style>.visually-hidden,.visually-hidden-sm{{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px;word-wrap:normal}}</style>
<script src="/js/jquery-3.5.1.min.js"></script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});}})(window,document,'script','dataLayer','GTM-CEC01');</script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use cookies to make our website work and to understand how you use it. <a href="/cookies.aspx">Find out more about cookies</a></p>
  <button type="button" class="button">Accept all cookies</button> <button type="button" class="button button--secondary">Reject optional cookies</button>
</div>
<a class="skip-link" href="#content">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/images/cec-logo.svg" alt="Cheshire East Council"></a>
  <form class="site-search" action="/search.aspx"><label for="q">Search this site</label><input id="q" name="q" type="search"><button>Search</button></form>
  <nav class="service-nav" aria-label="Services"><ul>{nav}</ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/jobs_and_careers/jobs_and_careers.aspx">Jobs and careers</a></li>
  <li><a href="/jobs_and_careers/brighter-future/brighter-future.aspx">Brighter future</a></li><li aria-current="page">Values and behaviours</li></ol></nav>
<div class="page-wrap">
<main id="content" class="main-content">
<h1>{esc(TITLE)}</h1>
<h2 class="audience-heading">For everyone</h2>
<p>{esc(INTRO)}</p>
<div class="tabs" data-module="tabs">
<h2 class="visually-hidden">Values and Behaviours</h2>
<ul class="tabs__list" role="tablist">
  <li class="tabs__item" role="presentation"><a class="tabs__tab" role="tab" href="#will"><span class="visually-hidden">I will for everyone</span><span aria-hidden="true">I will</span></a></li>
  <li class="tabs__item" role="presentation"><a class="tabs__tab" role="tab" href="#wont"><span class="visually-hidden">I won't for everyone</span><span aria-hidden="true">I won't</span></a></li>
</ul>
{"".join(blocks)}</div>
<p class="last-reviewed">Page last reviewed: 23 September 2021</p>
</main>
<aside class="side-menu" aria-label="In this section"><h2>Brighter future together</h2><ul>{side}</ul></aside>
</div>
<footer class="site-footer">
  <ul class="footer-links"><li><a href="/contact_us.aspx">Contact us</a></li><li><a href="/accessibility.aspx">Accessibility</a></li>
  <li><a href="/privacy.aspx">Privacy notice</a></li><li><a href="/cookies.aspx">Cookies</a></li><li><a href="/terms.aspx">Terms and conditions</a></li></ul>
  <p>&copy; Cheshire East Council</p>
</footer>
<script src="/js/cec-tabs.min.js?v=2021.9"></script>
<script>$(function(){{ CEC.tabs.init('[data-module="tabs"]'); }});</script>
</body>
</html>
"""


def gold():
    d = STEM
    return [L.competency(d, n, indicators=L.items(d, will, "I will") + L.items(d, wont, "I won't"))
            for n, will, wont in VALUES]


def main():
    OUT.write_text(render(), encoding="utf-8")
    L.write_gold(OUT, "html", TITLE, gold())


if __name__ == "__main__":
    main()
