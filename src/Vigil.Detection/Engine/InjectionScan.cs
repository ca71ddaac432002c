using System.Buffers;
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
    private static readonly SearchValues<char> Plain = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.");

    public static IReadOnlyList<InjectionHit> Run(IReadOnlyList<RequestInput> inputs) => Run(inputs, CleanValueMemo.Shared);

    internal static IReadOnlyList<InjectionHit> Run(IReadOnlyList<RequestInput> inputs, CleanValueMemo? memo)
    {
        List<InjectionHit>? hits = null;
        foreach (var input in inputs)
        {
            if (input.Source == InputSource.JsonKey || input.Value.Length < 2 || CannotCarryInjection(input.Value) || (memo is not null && CleanValueMemo.Holds(input) && memo.IsKnownClean(input.Value)))
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

            if (found == InjectionKind.None && memo is not null && CleanValueMemo.Holds(input))
            {
                memo.RememberClean(input.Value);
            }
        }

        return hits ?? (IReadOnlyList<InjectionHit>)[];
    }

    // Every family needs a character outside letters, digits, '_', '-' and '.' (quotes, spaces, brackets, slashes,
    // '$', '{', '%', CR/LF…) or a '..' — except a payload hidden in base64, which the decoder unwraps; so a plain
    // value is skipped only when it cannot be base64 (shorter than 8 or not a multiple of 4 long). Most ids, path
    // words and enum values take this exit before the decoder and nine detectors run.
    private static bool CannotCarryInjection(string value) =>
        !value.AsSpan().ContainsAnyExcept(Plain)
        && !value.Contains("..", StringComparison.Ordinal)
        && (value.Length < 8 || value.Length % 4 != 0);
}

/// <summary>An input a detector judged to be an attack, and whether it took decoding to see it.</summary>
public readonly record struct InjectionHit(RequestInput Input, InjectionVerdict Verdict, bool Decoded);
