using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Vigil.AspNetCore.Configuration;

/// <summary>
/// The SDK's state for the life of the host: validated settings (null while capture is off), the clock, the
/// counters and the one place internal errors are reported. Built once, so configuration problems are logged once.
/// </summary>
internal sealed class VigilRuntime
{
    private readonly LogRateLimiter _internalErrorLimiter;

    public VigilRuntime(IOptions<VigilOptions> options, VigilMetrics metrics, TimeProvider clock, ILoggerFactory? loggerFactory = null)
    {
        Metrics = metrics;
        Clock = clock;
        Logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Vigil.AspNetCore");
        _internalErrorLimiter = new LogRateLimiter(clock, TimeSpan.FromMinutes(1));
        Framework = "ASP.NET Core " + VersionOf(typeof(HttpContext).Assembly);
        Sdk = "Vigil.AspNetCore " + VersionOf(typeof(VigilRuntime).Assembly);
        Settings = Resolve(options);
    }

    /// <summary>Null when capture is off (disabled, no endpoint, or invalid configuration).</summary>
    public VigilSettings? Settings { get; }

    public VigilMetrics Metrics { get; }

    public TimeProvider Clock { get; }

    public ILogger Logger { get; }

    public string Framework { get; }

    public string Sdk { get; }

    /// <summary>Counts and (rate-limited) logs a fault inside Vigil. Never throws: it runs in catch blocks on the request path.</summary>
    public void ReportInternalError(string stage, Exception exception)
    {
        try
        {
            Metrics.OnInternalError();
            if (_internalErrorLimiter.TryEnter(out var suppressed))
            {
                Log.InternalError(Logger, stage, suppressed, exception);
            }
        }
        catch
        {
            // A failing logger must not turn a swallowed error into a host failure.
        }
    }

    private VigilSettings? Resolve(IOptions<VigilOptions> options)
    {
        try
        {
            var value = options.Value;
            if (!value.Enabled)
            {
                Log.Disabled(Logger);
                return null;
            }

            if (string.IsNullOrWhiteSpace(value.Endpoint))
            {
                Log.EndpointNotSet(Logger);
                return null;
            }

            var problems = VigilOptionsValidator.Validate(value, DefaultServiceName(), out var settings);
            if (problems.Count > 0)
            {
                Log.ConfigurationInvalid(Logger, string.Join("; ", problems));
                return null;
            }

            Log.CaptureOn(Logger, settings!.IngestUri, settings.ServiceName);
            return settings;
        }
        catch (Exception ex)
        {
            // Binding failures (e.g. "MaxBodyBytes": "lots") surface here; the host must still start.
            Log.ConfigurationInvalid(Logger, ex.Message);
            return null;
        }
    }

    private static string DefaultServiceName() => Assembly.GetEntryAssembly()?.GetName().Name ?? "aspnetcore-app";

    private static string VersionOf(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
