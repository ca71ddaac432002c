using System.Globalization;

namespace Vigil.Bench.Injection;

/// <summary>Plain-text tables for the console (and for pasting into the README).</summary>
internal static class Report
{
    public static void AttackHeader() =>
        Console.WriteLine($"{"file",-58} {"lines",6} {"vigil",6} {"rate",7} {"any",6} {"rate",7} {"libinj",7} {"rate",7} {"raw",6} {"rate",7}");

    public static void AttackRow(Score s, bool total = false)
    {
        string name = total ? $"TOTAL {s.Folder}/" : s.Name;
        Console.WriteLine(
            $"{Clip(name, 58),-58} {s.Lines,6} {s.Vigil,6} {Rate(s.Vigil, s.Lines),7} {s.VigilAny,6} {Rate(s.VigilAny, s.Lines),7} " +
            $"{Opt(s.Lib),7} {OptRate(s.Lib, s.Lines),7} {Opt(s.LibRaw),6} {OptRate(s.LibRaw, s.Lines),7}");
    }

    public static void BenignHeader() =>
        Console.WriteLine($"{"benign set",-58} {"values",6} {"vigilFP",7} {"rate",8} {"libFP",6} {"rate",8} {"rawFP",6} {"rate",8}");

    public static void BenignRow(Score s) =>
        Console.WriteLine(
            $"{Clip(s.Name, 58),-58} {s.Lines,6} {s.Vigil,7} {Rate(s.Vigil, s.Lines, 3),8} {Opt(s.Lib),6} {OptRate(s.Lib, s.Lines, 3),8} " +
            $"{Opt(s.LibRaw),6} {OptRate(s.LibRaw, s.Lines, 3),8}");

    public static void Target(string what, bool pass, string detail) =>
        Console.WriteLine($"  [{(pass ? "PASS" : "MISS")}] {what,-58} {detail}");

    public static string Rate(int hits, int total, int decimals = 1) =>
        total == 0 ? "-" : (100.0 * hits / total).ToString("F" + decimals, CultureInfo.InvariantCulture) + "%";

    private static string Opt(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string OptRate(int? value, int total, int decimals = 1) => value is null ? "-" : Rate(value.Value, total, decimals);

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "~";
}
