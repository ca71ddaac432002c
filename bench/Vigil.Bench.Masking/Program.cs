using System.Globalization;
using System.Runtime.InteropServices;
using Vigil.Bench.Masking;
using Vigil.Masking;

// Masking speed on the SDK's typical exchange. Prints µs and bytes allocated per call (median of several repeats),
// beside the floors of the current approach, so a change can be judged as a ratio within one run.
#if DEBUG
Console.WriteLine("WARNING: Debug build; run with -c Release for meaningful numbers.");
#endif
var repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 9;
var filter = args.Length > 1 ? args[1] : "";
var masker = Masker.Default;
var exchange = Samples.Exchange();

Console.WriteLine($"Masking bench: body {Samples.OrderBody.Length} chars, {repeats} repeats x ~200 ms each, median; "
    + $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}.");

// The exchange is masked in place; its values hold nothing to mask, so each call sees the same input.
(string Name, Action Op)[] cases =
[
    ("MaskBody json, nothing to mask", () => masker.MaskBody(Samples.OrderBody, "application/json")),
    ("MaskBody json, password + card", () => masker.MaskBody(Samples.OrderWithSecrets, "application/json")),
    ("MaskHeader x9 typical headers", () =>
    {
        foreach (var (name, value) in Samples.AllHeaders)
        {
            masker.MaskHeader(name, value);
        }
    }),
    ("MaskQuery typical query", () => masker.MaskQuery(Samples.Query)),
    ("MaskText 1 KB prose", () => masker.MaskText(Samples.Prose)),
    ("MaskExchange typical event", () => masker.MaskExchange(exchange)),
    ("floor: UTF-8 transcode only", () => Floors.Transcode(Samples.OrderBody)),
    ("floor: transcode + Utf8JsonReader", () => Floors.TranscodeAndRead(Samples.OrderBody)),
    ("floor: IndexOfAny(SearchValues<string>)", () => Floors.IndexOfAnyAnchor(Samples.OrderBody)),
    ("floor: IndexOfAny(SearchValues<char>) all", () => Floors.CountSeparators(Samples.OrderBody)),
    ("breakdown of MaskBody json, nothing to mask:", () => { }),
    .. Breakdown.Cases(Samples.OrderBody),
];

var filters = filter.Split('|');
var selected = cases.Where(c => filters.Any(f => c.Name.Contains(f, StringComparison.OrdinalIgnoreCase))).ToArray();

// Every case shares the scanners; warming them all up first keeps the first case from paying for the JIT of the rest
// (measured: without this the first case read 3-10x slower than the same case run later).
foreach (var (_, op) in selected)
{
    Measure.WarmUp(op, TimeSpan.FromMilliseconds(300));
}

Console.WriteLine($"Time is {(ThreadCpu.IsAvailable ? "thread CPU time" : "wall time")}; wall = median wall time, for reference.");
Console.WriteLine($"{"case",-44} {"µs/op",9} {"min",9} {"wall",9} {"B/op",9}");
foreach (var (name, op) in selected)
{
    var result = Measure.Run(name, op, repeats, TimeSpan.FromMilliseconds(200));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{result.Name,-44} {result.MicrosPerOp,9:F3} {result.MinMicrosPerOp,9:F3} {result.WallMicrosPerOp,9:F3} {result.BytesPerOp,9:F0}"));
}
