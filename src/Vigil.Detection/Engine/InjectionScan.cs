using Vigil.Detection.Inputs;
using Vigil.Detection.Injection;
using Vigil.Detection.Inputs.Decoding;

namespace Vigil.Detection.Engine;

/// <summary>
/// Runs every injection detector over every input of a request once, on the value and each decoded form of it,
/// so the nine injection rules share one pass instead of decoding each input nine times.
/// </summary>
internal static class InjectionScan
{
    public static IReadOnlyList<InjectionHit> Run(IReadOnlyList<RequestInput> inputs)
    {
        List<InjectionHit>? hits = null;
        foreach (var input in inputs)
        {
            if (input.Source == InputSource.JsonKey || input.Value.Length < 2)
            {
                continue;
            }

            var found = InjectionKind.None;
            foreach (var variant in DecodingPipeline.Decode(input.Value))
            {
                foreach (var detector in InjectionDetectors.All)
                {
                    if ((found & detector.Kind) != 0)
                    {
                        continue;
                    }

                    var verdict = detector.Analyze(variant);
                    if (verdict.IsAttack)
                    {
                        found |= detector.Kind;
                        (hits ??= []).Add(new InjectionHit(input, verdict, Decoded: !ReferenceEquals(variant, input.Value)));
                    }
                }
            }
        }

        return hits ?? (IReadOnlyList<InjectionHit>)[];
    }
}

/// <summary>An input a detector judged to be an attack, and whether it took decoding to see it.</summary>
public readonly record struct InjectionHit(RequestInput Input, InjectionVerdict Verdict, bool Decoded);
