using System.Text;
using System.Text.Json;
using Bogus;

namespace Vigil.Bench.Injection;

/// <summary>
/// Realistic values an API receives, generated with a fixed seed: names, reviews, addresses, searches,
/// JSON documents, e-mails, URLs with query strings, base64 and JWT-looking tokens, product codes, phone
/// numbers, markdown, headers. Values are grouped into requests of <see cref="RequestSize"/>.
/// </summary>
internal static class BenignTraffic
{
    public const int RequestSize = 8;

    public static List<string> Generate(int count, int seed)
    {
        var f = new Faker("en") { Random = new Randomizer(seed) };
        var values = new List<string>(count);
        var makers = new Func<Faker, string>[]
        {
            Name, Name, Review, Review, Address, Search, Search, Json, Email, Url, Url, Base64, Jwt, ProductCode,
            Phone, Markdown, Header, Sentence, Sentence, Misc,
        };
        while (values.Count < count)
        {
            values.Add(f.PickRandom(makers)(f));
        }

        return values;
    }

    private static string Name(Faker f) => f.Random.Number(5) switch
    {
        0 => $"{f.Name.FirstName()} {f.PickRandom(BenignPhrases.NamesWithApostrophes)}",
        1 => $"{f.Name.LastName()}-{f.Name.LastName()}",
        2 => f.PickRandom(BenignPhrases.NamesWithApostrophes),
        3 => $"{f.Name.FirstName()}-{f.Name.FirstName()} {f.Name.LastName()}",
        _ => f.Name.FullName(),
    };

    private static string Review(Faker f) => f.Random.Number(3) switch
    {
        0 => f.Rant.Review(f.Commerce.Product()),
        1 => $"{f.PickRandom(BenignPhrases.ReviewFragments)}. {f.Rant.Review(f.Commerce.Product())}",
        2 => $"\"{f.Commerce.ProductName()}\" - {f.PickRandom(BenignPhrases.ReviewFragments)}",
        _ => $"{f.PickRandom(BenignPhrases.ReviewFragments)}; {f.PickRandom(BenignPhrases.ReviewFragments)}",
    };

    private static string Address(Faker f) => f.Random.Number(3) switch
    {
        0 => $"{f.Address.StreetAddress()}, {f.Address.City()}, {f.Address.StateAbbr()} {f.Address.ZipCode()}",
        1 => $"{f.Address.StreetAddress(true)}; c/o {f.Name.FullName()}",
        2 => $"P.O. Box {f.Random.Number(100, 9999)}, {f.Address.City()}",
        _ => $"{f.Address.BuildingNumber()} {f.Address.StreetName()} #{f.Random.Number(1, 40)}",
    };

    private static string Search(Faker f) => f.Random.Number(3) switch
    {
        0 => f.PickRandom(BenignPhrases.Searches),
        1 => $"{f.Commerce.ProductAdjective()} {f.Commerce.Product()} {f.PickRandom(BenignPhrases.Searches)}",
        2 => $"{f.Commerce.Color()} {f.Commerce.Product()} size {f.Random.Number(4, 14)}",
        _ => f.Commerce.ProductName(),
    };

    private static string Json(Faker f) => JsonSerializer.Serialize(new
    {
        id = f.Random.Guid(),
        name = f.Name.FullName(),
        note = f.PickRandom(BenignPhrases.ReviewFragments),
        tags = f.Make(f.Random.Number(1, 4), () => f.Commerce.Department()),
        price = f.Random.Decimal(1, 500),
        address = new { street = f.Address.StreetAddress(), city = f.Address.City() },
        search = f.PickRandom(BenignPhrases.Searches),
    });

    private static string Email(Faker f) => f.Random.Number(2) switch
    {
        0 => f.Internet.Email(),
        1 => $"{f.Name.FirstName().ToLowerInvariant()}+{f.PickRandom("or", "and", "news", "shop", "union", "select")}@{f.Internet.DomainName()}",
        _ => $"{f.Name.FirstName().ToLowerInvariant()}.{f.Name.LastName().ToLowerInvariant()}@{f.Internet.DomainName()}",
    };

    private static string Url(Faker f)
    {
        string q = Uri.EscapeDataString(f.PickRandom(BenignPhrases.Searches));
        return f.Random.Number(2) switch
        {
            0 => $"{f.Internet.Url()}/search?q={q}&page={f.Random.Number(1, 20)}&sort=-price",
            1 => $"https://{f.Internet.DomainName()}/{f.Lorem.Slug()}?utm_source=newsletter&utm_campaign={f.Lorem.Word()}&ref={f.Random.AlphaNumeric(8)}",
            _ => f.Internet.UrlWithPath(),
        };
    }

    private static string Base64(Faker f) => f.Random.Bool()
        ? Convert.ToBase64String(f.Random.Bytes(f.Random.Number(12, 96)))
        : Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"page\":{f.Random.Number(1, 50)},\"q\":\"{f.PickRandom(BenignPhrases.Searches).Replace("\"", "", StringComparison.Ordinal)}\"}}"));

    private static string Jwt(Faker f)
    {
        static string Url64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        string header = Url64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8.ToArray());
        string payload = Url64(Encoding.UTF8.GetBytes($"{{\"sub\":\"{f.Random.Guid()}\",\"name\":\"{f.Name.FullName()}\",\"iat\":{f.Random.Number(1_600_000_000, 1_800_000_000)}}}"));
        return $"{header}.{payload}.{Url64(f.Random.Bytes(32))}";
    }

    private static string ProductCode(Faker f) => f.Random.Number(3) switch
    {
        0 => f.Random.Replace("SKU-#####-??"),
        1 => f.Random.Replace("??-####/##"),
        2 => f.Commerce.Ean13(),
        _ => f.Random.Replace("P/N ###-###-#"),
    };

    private static string Phone(Faker f) => f.Random.Number(2) switch
    {
        0 => f.Phone.PhoneNumber(),
        1 => f.Phone.PhoneNumber("+1 (###) ###-####"),
        _ => f.Phone.PhoneNumber("###.###.#### x###"),
    };

    private static string Markdown(Faker f) => $"{f.PickRandom(BenignPhrases.Markdown)} {f.Hacker.Phrase()}";

    private static string Header(Faker f) => f.Random.Number(3) switch
    {
        0 => f.PickRandom(BenignPhrases.UserAgents),
        1 => $"session={f.Random.AlphaNumeric(24)}; theme=dark; lang=en-US",
        2 => "en-US,en;q=0.9,fr;q=0.8",
        _ => $"Bearer {f.Random.AlphaNumeric(40)}",
    };

    private static string Sentence(Faker f) => f.Random.Number(3) switch
    {
        0 => f.Hacker.Phrase(),
        1 => f.Commerce.ProductDescription(),
        2 => f.Company.CatchPhrase(),
        _ => $"{f.Company.Bs()}; {f.Hacker.Phrase()}",
    };

    private static string Misc(Faker f) => f.Random.Number(5) switch
    {
        0 => f.Date.Past().ToString("o"),
        1 => f.Finance.Amount().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        2 => f.System.FilePath(),
        3 => f.Random.Hexadecimal(40, prefix: ""),
        4 => f.Internet.Ip(),
        _ => f.Random.Guid().ToString(),
    };
}
