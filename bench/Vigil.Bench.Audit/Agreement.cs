namespace Vigil.Bench.Audit;

/// <summary>
/// Per document and per rule both tools have: does each report it at least once? Agreement is the share of
/// documents where both do or both do not. Locations differ by design (Spectral reports resolved paths, Vigil the
/// place a thing is written), so the document is the unit.
/// </summary>
internal static class Agreement
{
    private static readonly (string Vigil, string[] Spectral, string What)[] Overlap =
    [
        ("VG3003", ["owasp:api2:2023-no-api-keys-in-url"], "API key in query/path"),
        ("VG3004", ["owasp:api2:2023-no-http-basic"], "HTTP Basic"),
        ("VG3006", ["owasp:api8:2023-no-server-http"], "http:// server"),
        ("VG3007", ["owasp:api1:2023-no-numeric-ids"], "integer ids in paths"),
        ("VG3008", ["owasp:api2:2023-no-credentials-in-url"], "credentials in URL parameters"),
        ("VG3010", ["owasp:api8:2023-define-error-responses-401"], "no 401 response"),
        ("VG3011", ["owasp:api4:2023-rate-limit-responses-429"], "no 429 / rate limit"),
        ("VG3012", ["owasp:api8:2023-define-error-validation"], "no 400/422/4XX"),
        ("VG3020", ["owasp:api4:2023-string-limit"], "unbounded strings"),
        ("VG3021", ["owasp:api4:2023-array-limit"], "arrays without maxItems"),
        ("VG3022", ["owasp:api4:2023-integer-limit", "owasp:api4:2023-integer-limit-legacy"], "unbounded integers"),
    ];

    public static void Print(IReadOnlyList<string> files, Dictionary<string, HashSet<string>> vigil, Dictionary<string, HashSet<string>> spectral, bool spectralCompleted)
    {
        if (!spectralCompleted)
        {
            Console.WriteLine("Agreement with Spectral: not measured (Spectral did not finish the sample).");
            return;
        }

        // Documents Spectral has no result for (timed out, or in a batch run reported nothing) are left out and counted.
        var compared = files.Select(Path.GetFullPath).Where(spectral.ContainsKey).ToList();
        Console.WriteLine($"Agreement with Spectral OWASP per document ({compared.Count} documents both reported on; {files.Count - compared.Count} left out):");
        Console.WriteLine($"  {"vigil",-7} {"spectral",-46} {"both",5} {"vigil only",10} {"spectral only",13} {"neither",8} {"agree",7}");
        int agreeTotal = 0, total = 0;
        foreach (var (v, s, what) in Overlap)
        {
            int both = 0, vigilOnly = 0, spectralOnly = 0, neither = 0;
            foreach (var file in compared)
            {
                var inVigil = vigil.GetValueOrDefault(file)?.Contains(v) == true;
                var inSpectral = s.Any(spectral[file].Contains);
                _ = (inVigil, inSpectral) switch
                {
                    (true, true) => both++,
                    (true, false) => vigilOnly++,
                    (false, true) => spectralOnly++,
                    _ => neither++,
                };
            }

            var agree = both + neither;
            agreeTotal += agree;
            total += compared.Count;
            var pct = compared.Count == 0 ? 0 : 100.0 * agree / compared.Count;
            Console.WriteLine($"  {v,-7} {string.Join("|", s),-46} {both,5} {vigilOnly,10} {spectralOnly,13} {neither,8} {pct,6:N1}%  {what}");
        }

        var overall = total == 0 ? 0 : 100.0 * agreeTotal / total;
        Console.WriteLine($"  overall agreement: {overall:N1}% — target >= 90%: {(overall >= 90 ? "PASS" : "MISS")}");
    }
}
