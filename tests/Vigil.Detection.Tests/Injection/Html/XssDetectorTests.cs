using Vigil.Detection.Injection;
using Vigil.Detection.Injection.Html;

namespace Vigil.Detection.Tests.Injection.Html;

public sealed class XssDetectorTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "script-tag", InjectionContext.Raw)]
    [InlineData("\"><script src=//evil.example/x.js></script>", "script-tag", InjectionContext.Raw)]
    [InlineData("<ScRiPt>alert(1)", "script-tag", InjectionContext.Raw)]
    [InlineData("<img src=x onerror=alert(1)>", "event-handler", InjectionContext.Raw)]
    [InlineData("<svg/onload=alert(1)>", "event-handler", InjectionContext.Raw)]
    [InlineData("<img src=\"x\"onerror=alert(1)>", "event-handler", InjectionContext.Raw)]
    [InlineData("<x onxxx=1", "event-handler", InjectionContext.Raw)] // any on* in a real tag is a handler probe
    [InlineData("<details open ontoggle=alert(1)>", "event-handler", InjectionContext.Raw)]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "script-url", InjectionContext.Raw)]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "script-url", InjectionContext.Raw)]
    [InlineData("<iframe src=\"data:text/html;base64,PHNjcmlwdD4=\">", "data-url", InjectionContext.Raw)]
    [InlineData("<iframe srcdoc=\"<script>alert(1)</script>\">", "iframe-srcdoc", InjectionContext.Raw)]
    [InlineData("<div style=\"width: expression(alert(1))\">", "css-expression", InjectionContext.Raw)]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">", "css-expression", InjectionContext.Raw)]
    [InlineData("<object data=\"https://evil.example/x.swf\">", "embedded-content", InjectionContext.Raw)]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "meta-refresh", InjectionContext.Raw)]
    [InlineData("<!--[if gte IE 4]><script>alert(1)</script><![endif]-->", "script-tag", InjectionContext.Raw)]
    [InlineData("\" onmouseover=\"alert(1)", "event-handler", InjectionContext.DoubleQuoted)]
    [InlineData("' autofocus onfocus=alert(document.cookie) x='", "event-handler", InjectionContext.SingleQuoted)]
    [InlineData("\"><svg onload=alert(1)//", "event-handler", InjectionContext.Raw)]
    [InlineData("x onmouseover=alert(1)", "event-handler", InjectionContext.UnquotedAttribute)]
    [InlineData("\"-alert(1)-\"", "script-breakout", InjectionContext.Script)]
    [InlineData("';alert(1)//", "script-breakout", InjectionContext.Script)]
    [InlineData("\\';alert(1)//", "script-breakout", InjectionContext.Script)] // for pages that escape ' but not \
    [InlineData("'}alert(1);{'", "script-breakout", InjectionContext.Script)]
    [InlineData("</script><svg onload=alert(1)>", "event-handler", InjectionContext.Raw)]
    [InlineData("javascript:alert(document.cookie)", "script-url", InjectionContext.Url)]
    [InlineData("?goto=javascript:alert(1)", "script-url", InjectionContext.Url)]
    [InlineData("top['al'+'ert'](1)", "script-expression", InjectionContext.Script)]
    [InlineData("[1].find(alert)", "script-expression", InjectionContext.Script)]
    // A tag inside an attribute value, a comment or a title still starts a tag of its own.
    [InlineData("<x foo='><img src=x onerror=alert(1)//'>", "event-handler", InjectionContext.Raw)]
    [InlineData("<! foo=\"[[[x]]\"><x foo=\"]foo><script>alert(1)</script>\">", "script-tag", InjectionContext.Raw)]
    [InlineData("<title>x<script>alert(1)</script></title>", "script-tag", InjectionContext.Raw)]
    [InlineData("<b <script>alert(1)</script>0", "script-tag", InjectionContext.Raw)]
    [InlineData("--><!-- --\u0000> <img src=xxx:x onerror=alert(1)> -->", "event-handler", InjectionContext.Raw)]
    // C0 controls separate attributes in legacy engines.
    [InlineData("<img src=x\u000Bonerror=alert(1)>", "event-handler", InjectionContext.Raw)]
    [InlineData("<img src=x\u0010onerror=\"alert(1)\">", "event-handler", InjectionContext.Raw)]
    // Legacy readings: NUL dropped, UTF-7, 7-bit.
    [InlineData("<scr\u0000ipt>alert(1)</scr\u0000ipt>", "script-tag", InjectionContext.Raw)]
    [InlineData("'`\"><\u0000script>alert(1)</script>", "script-tag", InjectionContext.Raw)]
    [InlineData("+ADw-script+AD4-alert(1)+ADw-/script+AD4-", "script-tag", InjectionContext.Raw)]
    [InlineData("+ADw-img src+AD0-x onerror+AD0-alert+ACg-1+ACk-+AD4-", "event-handler", InjectionContext.Raw)]
    [InlineData("\u00BCscript\u00BEalert(\u00A2XSS\u00A2)\u00BC/script\u00BE", "script-tag", InjectionContext.Raw)]
    // Legacy and XML markup that runs script: IE data binding and behaviours, ActiveX, XML Events handlers,
    // Netscape script entities, WML handlers, Gecko's "<script<", server-side includes.
    [InlineData("<SPAN DATASRC=#I DATAFLD=C DATAFORMATAS=HTML></SPAN>", "data-binding", InjectionContext.Raw)]
    [InlineData("<?import namespace=\"t\" implementation=\"#default#time2\">", "behavior", InjectionContext.Raw)]
    [InlineData("<object classid=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\"></object>", "embedded-content", InjectionContext.Raw)]
    [InlineData("<handler xmlns:ev=\"http://www.w3.org/2001/xml-events\" ev:event=\"load\">alert(1)</handler>", "script-tag", InjectionContext.Raw)]
    [InlineData("<IMG SRC=&{javascript:alert(1);};>", "script-entity", InjectionContext.Raw)]
    [InlineData("<x:template xmlns:x=\"http://www.wapforum.org/2001/wml\" x:ontimer=\"alert(1)\">", "event-handler", InjectionContext.Raw)]
    [InlineData("<script<{alert(1)}/></script </>", "script-tag", InjectionContext.Raw)]
    [InlineData("<IMG SRC= onmouseover=\"alert('xxs')\">", "event-handler", InjectionContext.Raw)]
    [InlineData("<a href=\"\u180Ejavascript:alert(1)\">x</a>", "script-url", InjectionContext.Raw)]
    [InlineData("<IMG SRC=\"mocha:[code]\">", "script-url", InjectionContext.Raw)]
    [InlineData("<?xml-stylesheet type=\"text/css\" href=\"data:,*{x:expression(write(2));}\"?>", "css-expression", InjectionContext.Raw)]
    [InlineData("<!--#exec cmd=\"/bin/echo '<SCR'\"-->", "ssi-directive", InjectionContext.Raw)]
    // IMAP modified UTF-7 declared by the value, XML data islands, CSS comments hidden in strings, base64 data URLs.
    [InlineData("<meta charset=\"x-imap4-modified-utf7\">&<script&S1&TS&1>alert&A7&(1)&R&UA;&&<&A9&11/script&X&>", "script-tag", InjectionContext.Raw)]
    [InlineData("<XML ID=I><X><C><![CDATA[<IMG SRC=\"javas]]><![CDATA[cript:alert(1);\">]]>", "script-url", InjectionContext.Raw)]
    [InlineData("<XML ID=0><I><B><IMG SRC=\"javas<!-- -->cript:alert(1)\"></B></I></XML>", "script-url", InjectionContext.Raw)]
    [InlineData("<A STYLE='no\\xss:noxss(\"*//*\");xss:ex/*XSS*//*/*/pression(alert(1))'>", "css-expression", InjectionContext.Raw)]
    [InlineData("<a href=\"data:application/x-x509-user-cert;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>", "data-url", InjectionContext.Raw)]
    [InlineData("getURL(\"javascript:alert('XSS')\")", "script-url", InjectionContext.Url)]
    // CSS that escapes its declaration list or rule (html5sec's CSS parser confusions).
    [InlineData("<div style=\"font-family:foo}color=red;\">XXX</div>", "css-injection", InjectionContext.Raw)]
    [InlineData("<div style=\"[a]color[b]:[c]red\">XXX</div>", "css-injection", InjectionContext.Raw)]
    [InlineData("<div style=\"background:url(http://foo.f/f oo/;color:red/*/foo.jpg);\">X</div>", "css-injection", InjectionContext.Raw)]
    [InlineData("<x style=\"background:url('x[a];color:red;/*')\">XXX</x>", "css-injection", InjectionContext.Raw)]
    [InlineData("<div style=\"font-family:'foo&#10;;color:red;';\">XXX", "css-injection", InjectionContext.Raw)]
    [InlineData("<style> #x{font-family:foo[bar;color:green;} #y];color:red;{} </style>", "css-injection", InjectionContext.Raw)]
    [InlineData("<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>", "event-handler", InjectionContext.Raw)]
    [InlineData("<x xmlns:ev=\"http://www.w3.org/2001/xml-events\" ev:event=\"load\" ev:handler=\"test.evt#x\"/>", "event-handler", InjectionContext.Raw)]
    [InlineData("<!DOCTYPE x [ <!ATTLIST img src CDATA \"xx:x\" onerror CDATA \"alert(1)\"> ]><img />", "event-handler", InjectionContext.Raw)]
    [InlineData("top[8680439..toString(30)](1)", "script-expression", InjectionContext.Script)]
    [InlineData("<<scr\\0ipt/src=http://xss.example/xss.js></script", "script-tag", InjectionContext.Raw)]
    [InlineData("\"onmouseover=alert(1);a=\"", "event-handler", InjectionContext.DoubleQuoted)] // the host's quote closes a=""
    public void Detects(string value, string reason, InjectionContext context)
    {
        InjectionVerdict verdict = XssDetector.Analyze(value);
        Assert.True(verdict.IsAttack, $"missed: {value}");
        Assert.Equal(InjectionKind.Xss, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
        Assert.Equal(context, verdict.Context);
    }

    [Theory]
    [InlineData("x < y and y > z")]
    [InlineData("<3")]
    [InlineData("I <3 you")]
    [InlineData("use the <b> tag")]
    [InlineData("use the <script> tag")]
    [InlineData("a -> b")]
    [InlineData("2 < 3 > 1")]
    [InlineData("JavaScript: Basics of JavaScript Language")]
    [InlineData("john@example.com")]
    [InlineData("https://example.com/search?q=a&b=c")]
    [InlineData("<b>bold</b> and <i>it</i>")]
    [InlineData("BLAH <A HREF=\"/PATH1/PATH2/PATH3\">FOO</A>")]
    [InlineData("<img src=\"https://cdn.example.com/a.png\" alt=\"photo\">")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\">")]
    [InlineData("V1_OTHER_1\"><IMG CLASS=\"SIZE-FULL WP-IMAGE-2764")]
    [InlineData("He said \"hello\" and left")]
    [InlineData("5\" tall, 3' wide")]
    [InlineData("<https://example.com>")]
    [InlineData("status online=yes")]
    [InlineData("It's time; don't forget (again)")]
    [InlineData("confirmation (order 123)")]
    [InlineData("<!-- note -->")]
    [InlineData("=> result")]
    [InlineData("")]
    [InlineData("<a title=\"<b>note</b>\" href=\"/help\">help</a>")]
    [InlineData("<!-- <b>draft</b> -->")]
    [InlineData("\u00BC cup sugar, \u00BE cup flour (sifted)")]
    [InlineData("call +AD 555 0100 or +Apple-care=yes")]
    [InlineData("C++ and C# (both) +- 2 <= 3")]
    [InlineData("name\u0000value=1 (padded)")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?><order id=\"5\"/>")]
    [InlineData("<a title=\"onion=good\" href=\"/menu\">menu</a>")]
    [InlineData("in Perl, read <STDIN> then call &{$handler}(1)")]
    [InlineData("<!--#include is an SSI directive-->")]
    [InlineData("<span data-src=\"/img/a.png\">photo</span>")]
    [InlineData("if (a<b<c) { return; }")]
    [InlineData("<a href=\"data:text/plain;base64,aGVsbG8gd29ybGQ=\">greeting</a>")]
    [InlineData("folder &AGE-b (x-imap4-modified-utf7) & more")]
    [InlineData("<xml><!-- note --><b>hi</b></xml>")]
    [InlineData("<div style=\"font-family:'Open Sans', sans-serif /* body */\">text</div>")]
    [InlineData("see getURL(\"https://example.com/docs\") in the manual")]
    [InlineData("<div style=\"grid-template-columns:[full-start] 1fr [full-end]\">x</div>")]
    [InlineData("<div style=\"background:url( 'a b.png' ) no-repeat; color:red\">x</div>")]
    [InlineData("<div style=\"background-image:url(/img/a.png);\n margin:0\">x</div>")]
    [InlineData("<style>a[href^=\"http\"]{color:red} @media (max-width:600px){p{margin:0}}</style>")]
    [InlineData("<!ATTLIST order status CDATA \"open\">")]
    [InlineData("<subscription event=\"order.created\" handler=\"webhook\"/>")]
    [InlineData("<handler>processOrder(1)</handler>")]
    [InlineData("<b onload>bold</b> and version 1..2")]
    [InlineData("<textarea>Dear team, the <script> tag is blocked</textarea>")]
    [InlineData("<input value=\"a&{b}c\">")]
    [InlineData("<div style=\"content:'[note]'\">x</div>")]
    [InlineData("Path C:\\0dev\\app and \\0 marker")]
    [InlineData("Please add me as +ADMIN- for the team")]
    [InlineData("my ticket: <?php echo $name; ?> prints nothing")]
    [InlineData("He said \"onload=fine\" and \"left\"")]
    public void StaysQuietOnOrdinaryText(string value)
    {
        Assert.Equal(InjectionVerdict.Clean, XssDetector.Analyze(value));
    }
}
