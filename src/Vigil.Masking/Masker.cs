using Vigil.Core.Capture;
using Vigil.Masking.Bodies;
using Vigil.Masking.Forms;
using Vigil.Masking.Headers;
using Vigil.Masking.Json;
using Vigil.Masking.Names;
using Vigil.Masking.Paths;
using Vigil.Masking.Patterns;
using Vigil.Masking.Text;

namespace Vigil.Masking;

/// <summary>
/// Masks secrets and personal data in a captured exchange, in place. Thread-safe after construction.
/// Never throws: when masking a value fails for any reason, that value is replaced by <see cref="Redacted"/>
/// (fail closed), because leaking a secret is worse than losing a value.
/// </summary>
public sealed class Masker
{
    /// <summary>What a masked value is replaced with.</summary>
    public const string Redacted = "****";

    private readonly SensitiveNames _names;
    private readonly TextMasker _text;
    private readonly HeaderMasker _headers;
    private readonly FormMasker _forms;
    private readonly BodyMasker _bodies;
    private readonly Action<Exception>? _onFailure;

    public Masker(MaskingOptions? options = null)
        : this(options, onFailure: null)
    {
    }

    /// <summary>With a deployment's own value patterns as well (the collector's per-project masking rules).</summary>
    public Masker(MaskingOptions? options, CustomValuePatterns? patterns)
        : this(options, onFailure: null, patterns)
    {
    }

    /// <summary>Lets tests (and, later, diagnostics) see failures that were turned into <see cref="Redacted"/>.</summary>
    internal Masker(MaskingOptions? options, Action<Exception>? onFailure, CustomValuePatterns? patterns = null)
    {
        _onFailure = onFailure;
        options ??= new MaskingOptions();
        _names = new SensitiveNames(options.AdditionalNames ?? [], options.RemovedNames ?? []);
        _text = new TextMasker(_names, options.MaskValuePatterns, patterns);
        _headers = new HeaderMasker(_names, _text);
        _forms = new FormMasker(_names, _text);
        _bodies = new BodyMasker(
            new JsonBodyMasker(_names, _text, options.MaskValuePatterns),
            _forms,
            new MultipartMasker(_names, _text),
            _text);
    }

    public static Masker Default { get; } = new();

    /// <summary>
    /// Masks headers, query, path, bodies (by each side's Content-Type) and the error message of
    /// <paramref name="exchange"/> in place.
    /// </summary>
    public void MaskExchange(CapturedExchange exchange)
    {
        if (exchange is null)
        {
            return;
        }

        try
        {
            ExchangeMasking.Mask(this, exchange);
        }
        catch (Exception ex)
        {
            // Only reachable if the exchange changes under us; each value is already guarded on its own.
            Observe(ex);
            ExchangeMasking.RedactAll(exchange);
        }
    }

    /// <summary>True when values under <paramref name="name"/> are always masked (case- and format-insensitive).</summary>
    public bool IsSensitiveName(string name)
    {
        try
        {
            return name is not null && _names.IsSensitive(name);
        }
        catch (Exception ex)
        {
            Observe(ex);
            return true;
        }
    }

    public string MaskHeader(string name, string value) => Guard(value, (this, name), static (v, s) => s.Item1._headers.Mask(s.name ?? "", v));

    /// <summary>Masks a raw query string (no leading <c>?</c>), keeping its encoding and order.</summary>
    public string MaskQuery(string query) => Guard(query, this, static (q, m) => m._forms.Mask(q) ?? q);

    /// <summary>Masks a body according to <paramref name="contentType"/> (JSON, form, multipart, or text).</summary>
    public string MaskBody(string body, string? contentType) => Guard(body, (this, contentType), static (b, s) => s.Item1._bodies.Mask(b, s.contentType));

    /// <summary>
    /// Masks a body declared JSON (by <paramref name="contentType"/>) that is valid UTF-8, on its bytes, without
    /// decoding it to a string: <paramref name="masked"/> is exactly the UTF-8 of what <see cref="MaskBody"/> returns
    /// for the decoded text, or null when nothing needed masking. False when the body is not such a body; call
    /// <see cref="MaskBody"/> with its text instead. Fails closed like every other call: the whole body becomes
    /// <see cref="Redacted"/>.
    /// </summary>
    public bool TryMaskJsonBody(ReadOnlySpan<byte> body, string? contentType, out byte[]? masked)
    {
        try
        {
            return _bodies.TryMaskJsonUtf8(body, contentType, out masked);
        }
        catch (Exception ex)
        {
            Observe(ex);
            masked = [.. RedactedUtf8];
            return true;
        }
    }

    private static ReadOnlySpan<byte> RedactedUtf8 => "****"u8;

    /// <summary>Masks free text: values of sensitive names in key/value shapes, plus value patterns.</summary>
    public string MaskText(string text) => Guard(text, this, static (t, m) => m._text.Mask(t) ?? t);

    /// <summary>A request path: text masking, plus segments bound to sensitive parameters of <paramref name="route"/>.</summary>
    internal string MaskPath(string path, string? route) => Guard(path, (this, route), static (p, s) =>
    {
        var masked = s.Item1._text.Mask(p) ?? p;
        return string.IsNullOrEmpty(s.route) ? masked : RouteParameters.Mask(masked, s.route, s.Item1._names);
    });

    internal string Guard(string value, Func<string, string> mask) => Guard(value, mask, static (v, m) => m(v));

    /// <remarks>
    /// The state travels as an argument so the lambdas are static: capturing lambdas cost a closure and a delegate
    /// per call (96 B for MaskBody, 120 B per header), on every value of every exchange.
    /// </remarks>
    internal string Guard<TState>(string value, TState state, Func<string, TState, string> mask)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        try
        {
            return mask(value, state);
        }
        catch (Exception ex)
        {
            Observe(ex);
            return Redacted;
        }
    }

    private void Observe(Exception exception)
    {
        try
        {
            _onFailure?.Invoke(exception);
        }
        catch (Exception)
        {
            // An observer must not turn a contained failure into a crash of the host.
        }
    }
}
