namespace Vigil.Detection.Injection;

/// <summary>
/// The answer of one detector for one value. A value type so the common, clean answer costs nothing;
/// <see cref="Reason"/> is always one of a detector's constant strings, never built per call.
/// </summary>
public readonly struct InjectionVerdict : IEquatable<InjectionVerdict>
{
    private readonly string? _reason;

    public InjectionVerdict(InjectionKind kind, string reason, InjectionContext context)
    {
        Kind = kind;
        _reason = reason;
        Context = context;
    }

    /// <summary>A clean verdict.</summary>
    public static InjectionVerdict Clean => default;

    public InjectionKind Kind { get; }

    /// <summary>A short machine-readable fingerprint such as <c>tautology</c> or <c>event-handler</c>; empty when clean.</summary>
    public string Reason => _reason ?? string.Empty;

    public InjectionContext Context { get; }

    public bool IsAttack => Kind != InjectionKind.None;

    public bool Equals(InjectionVerdict other) =>
        Kind == other.Kind && Context == other.Context && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is InjectionVerdict other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, Reason, Context);

    public static bool operator ==(InjectionVerdict left, InjectionVerdict right) => left.Equals(right);

    public static bool operator !=(InjectionVerdict left, InjectionVerdict right) => !left.Equals(right);

    public override string ToString() => IsAttack ? $"{Kind}:{Reason}@{Context}" : "clean";
}
