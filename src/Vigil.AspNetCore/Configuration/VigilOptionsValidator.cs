using System.Net;
using Microsoft.AspNetCore.Http;
using Vigil.Masking;
using Vigil.Protocol;

namespace Vigil.AspNetCore.Configuration;

/// <summary>
/// Checks every option and reports all problems at once (YARP-style), so a misconfigured app is fixed in one deploy.
/// </summary>
internal static class VigilOptionsValidator
{
    // Polly's timeout strategy refuses anything shorter.
    private static readonly TimeSpan MinRequestTimeout = TimeSpan.FromMilliseconds(10);

    private static readonly TimeSpan MaxDuration = TimeSpan.FromDays(1);

    public static IReadOnlyList<string> Validate(VigilOptions options, string defaultServiceName, out VigilSettings? settings)
    {
        var problems = new List<string>();
        settings = null;

        Uri? endpoint = null;
        if (!Uri.TryCreate(options.Endpoint?.Trim(), UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            problems.Add($"Endpoint \"{options.Endpoint}\" is not an absolute http:// or https:// address (e.g. http://127.0.0.1:5080)");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            problems.Add("ApiKey is missing (create one with `vigil keys create --scope ingest`)");
        }

        Range(problems, nameof(options.MaxBodyBytes), options.MaxBodyBytes, 1, ProtocolLimits.MaxBodyChars);
        Range(problems, nameof(options.QueueCapacity), options.QueueCapacity, 1, int.MaxValue);
        Range(problems, nameof(options.MaxQueueBytes), options.MaxQueueBytes, 1, long.MaxValue);
        Range(problems, nameof(options.BatchSize), options.BatchSize, 1, ProtocolLimits.MaxEventsPerBatch);
        Range(problems, nameof(options.MaxRetries), options.MaxRetries, 0, int.MaxValue);
        Span(problems, nameof(options.FlushInterval), options.FlushInterval, TimeSpan.FromMilliseconds(1));
        Span(problems, nameof(options.RetryBaseDelay), options.RetryBaseDelay, TimeSpan.Zero);
        Span(problems, nameof(options.RequestTimeout), options.RequestTimeout, MinRequestTimeout);
        Span(problems, nameof(options.ShutdownTimeout), options.ShutdownTimeout, TimeSpan.Zero);
        var proxies = new List<IPNetwork>();
        foreach (var entry in options.TrustedProxies ?? [])
        {
            if (TryParseNetwork(entry, out var network))
            {
                proxies.Add(network);
            }
            else
            {
                problems.Add($"TrustedProxies entry \"{entry}\" is neither an IP address nor a CIDR network (e.g. 10.0.0.0/8)");
            }
        }

        var excluded = new List<PathString>();
        foreach (var entry in options.ExcludePaths ?? [])
        {
            if (string.IsNullOrEmpty(entry) || entry[0] != '/')
            {
                problems.Add($"ExcludePaths entry \"{entry}\" must start with \"/\"");
            }
            else
            {
                excluded.Add(new PathString(entry.TrimEnd('/')));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        settings = new VigilSettings
        {
            // "{Endpoint}/v1/ingest": a path in Endpoint (a collector behind a reverse proxy) is kept.
            IngestUri = new Uri(endpoint!.GetLeftPart(UriPartial.Path).TrimEnd('/') + ProtocolConstants.IngestPath),
            ApiKey = options.ApiKey!.Trim(),
            ServiceName = string.IsNullOrWhiteSpace(options.ServiceName) ? defaultServiceName : options.ServiceName.Trim(),
            MaxBodyBytes = options.MaxBodyBytes,
            QueueCapacity = options.QueueCapacity,
            MaxQueueBytes = options.MaxQueueBytes,
            BatchSize = options.BatchSize,
            FlushInterval = options.FlushInterval,
            MaxRetries = options.MaxRetries,
            RetryBaseDelay = options.RetryBaseDelay,
            RequestTimeout = options.RequestTimeout,
            ShutdownTimeout = options.ShutdownTimeout,
            TrustedProxies = proxies,
            ExcludePaths = excluded,
            Masking = options.Masking ?? new MaskingOptions(),
        };
        return problems;
    }

    internal static bool TryParseNetwork(string? text, out IPNetwork network)
    {
        network = default;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (value.Contains('/', StringComparison.Ordinal))
        {
            return IPNetwork.TryParse(value, out network);
        }

        if (!IPAddress.TryParse(value, out var address))
        {
            return false;
        }

        address = Normalize(address);
        network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        return true;
    }

    internal static IPAddress Normalize(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static void Range(List<string> problems, string name, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            var bound = max == long.MaxValue || max == int.MaxValue ? $"at least {min}" : $"between {min} and {max}";
            problems.Add($"{name} is {value}; it must be {bound}");
        }
    }

    private static void Span(List<string> problems, string name, TimeSpan value, TimeSpan min)
    {
        if (value < min || value > MaxDuration)
        {
            problems.Add($"{name} is {value}; it must be between {min} and {MaxDuration}");
        }
    }
}
