namespace Vigil.Bench.Injection;

/// <summary>
/// Hand-written pieces of ordinary API traffic that look like attacks to a pattern matcher: SQL words in
/// search queries, apostrophes in names, inch marks in product text, angle brackets in markdown.
/// </summary>
internal static class BenignPhrases
{
    public static readonly string[] NamesWithApostrophes =
    [
        "O'Brien", "D'Angelo", "O'Connor", "D'Souza", "O'Neil", "Dell'Acqua", "N'Golo", "D'Arcy", "O'Hara", "L'Oréal",
        "Mc'Kenzie", "Ja'Marr", "De'Andre", "O'Sullivan", "D'Amico",
    ];

    public static readonly string[] Searches =
    [
        "select a union rep", "drop-off times", "1=1 plan", "union station parking", "order by date", "insert coin",
        "update firmware", "delete account", "join us", "where is my order", "table for 2", "from A to B", "and/or",
        "true story", "null pointer exception", "sleep apnea", "benchmark results", "group by price", "having fun",
        "like new", "between 5 and 10", "select all", "drop shipping", "union jack", "or best offer", "1 or 2 rooms",
        "rock 'n' roll", "kids' shoes", "men's shirts", "women's 'summer' dresses", "12\" pizza", "3/4\" plywood",
        "55\" tv", "5' 10\"", "cat & dog", "salt & pepper", "R&D jobs", "Q&A", "AT&T", "M&M's", "tom and jerry",
        "where to eat", "how to exec a plan", "execute order 66", "declare independence", "truncate text css",
        "create account", "alter ego", "grant application", "shutdown windows", "waitfor", "char count",
        "version 2.1", "user guide", "database design", "information retrieval", "load file", "outfile", "sleep mask",
        "null", "true", "false", "1;2;3", "a|b", "x=y", "a<b", "c>d", "<3", "->", "=>",
        "ping pong table", "cat food", "type c cable", "dir en grey", "echo dot", "find my phone", "more info",
        "less is more", "head & shoulders", "tail lights", "nc state", "id card", "who am i", "curl bar",
        "javascript: the good parts", "script writing", "alert level", "prompt engineering", "confirm booking",
        "onload speed", "on click", "eval form", "document.cookie policy", "iframe size", "svg icons", "img src",
        "style guide", "expression pedal", "../", "etc.", "/etc", "c:\\users", "$100", "$ne", "{{name}}", "${price}",
        "50% off", "#1 seller", "@home", "size: 10", "100% cotton", "[sale]", "(new)", "a - b", "x < y and y > z",
    ];

    public static readonly string[] ReviewFragments =
    [
        "It's great", "Don't buy it", "I'd say 5/10", "works \"as advertised\"", "10/10 would buy again!!!",
        "pros: cheap; cons: flimsy", "arrived late -- but ok", "<3 this", "A+ seller :-)", "meh...",
        "the \"premium\" version isn't", "size 8 (US) fits like a 7", "5\" shorter than expected",
        "1 star -- broke after 2 days", "it's 2 in 1", "so-so; returned it", "select this one, or the blue one",
        "I ordered 2 and 1 was broken", "the union of style and comfort", "drop it and it breaks", "x < y",
        "better than the old one (which I hated)", "works with iPhone & Android", "100% recommend!!",
        "You're welcome", "can't complain", "it's not 'new', it's refurbished", "sleep quality improved",
    ];

    public static readonly string[] Markdown =
    [
        "> quoted reply", "a -> b -> c", "x < 10 and y > 5", "<b>bold</b> text", "`code` span", "**important**",
        "[docs](https://example.com/docs?page=2)", "- [ ] todo item", "<https://example.com>", "1 < 2", "=> result",
        "<= 5 items", "<br>", "use the <b> tag", "H<sub>2</sub>O", "<p>Hello</p>", "<a href=\"https://example.com\">link</a>",
        "<img src=\"https://cdn.example.com/a.png\" alt=\"photo\">", "# Heading", "1. first\n2. second",
        "see <https://example.org/a?b=c&d=e>", "<3 <3 <3", "-->", "<!-- note -->", "if a<b then c>d",
    ];

    public static readonly string[] UserAgents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
        "curl/8.4.0", "PostmanRuntime/7.36.0", "okhttp/4.12.0", "python-requests/2.31.0",
    ];
}
