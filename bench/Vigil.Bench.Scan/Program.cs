using System.Diagnostics;
using System.Globalization;
using Vigil.Bench.Scan;
using Vigil.Scan;

// vigil scan accuracy beside Security Code Scan on the same labelled cases, endpoint recall on apps with known
// endpoint lists, and inventory + taint speed in lines per second. Figures are printed, never asserted.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var root = BenchPaths.Root();
var here = Path.Combine(root, "bench", "Vigil.Bench.Scan");
var casesFolder = Path.Combine(here, "Cases");
var cases = LabelledCase.Load(casesFolder);
var scanner = new Scanner(TimeProvider.System);
if (args.Contains("--speed-only"))
{
    Speed.Print(root);
    return 0;
}

if (args.Contains("--upload-only"))
{
    UploadLinking.Print(root);
    return 0;
}


Console.WriteLine($"Labelled cases: {cases.Count} files ({cases.Count(c => c.Vulnerable)} vulnerable, {cases.Count(c => !c.Vulnerable)} safe) in bench/Vigil.Bench.Scan/Cases");
var vigil = scanner.Scan(casesFolder);
var vigilFlagged = vigil.Findings.Where(f => f.Source is not null).Select(f => (f.Source!.File, f.RuleId)).ToHashSet();
var peer = args.Contains("--no-peer") ? null : SecurityCodeScanPeer.Run(here, casesFolder, cases);

Report.Accuracy("vigil scan", cases, vigilFlagged);
if (peer is not null)
{
    Report.Accuracy(peer.Name, cases, peer.Flagged);
}

Report.SqlBreakdown(cases, vigilFlagged, peer);
EndpointRecall.Print(scanner, root, here);
UploadLinking.Print(root);
Speed.Print(root);
return 0;
