using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Vigil.AspNetCore;
using Vigil.AspNetCore.Configuration;
using Vigil.AspNetCore.Shipping;

namespace Microsoft.Extensions.DependencyInjection;

public static class VigilServiceCollectionExtensions
{
    /// <summary>Configuration section the options are bound from, when an <see cref="IConfiguration"/> is registered.</summary>
    public const string ConfigurationSection = "Vigil";

    /// <summary>
    /// Registers Vigil's capture and shipping services. Options come from the <c>Vigil</c> configuration section,
    /// then <paramref name="configure"/>. Pair with <c>app.UseVigil()</c>. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddVigil(this IServiceCollection services, Action<VigilOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<VigilOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            provider.GetService<IConfiguration>()?.GetSection(ConfigurationSection).Bind(options);
            configure?.Invoke(options);
        });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<VigilMetrics>();
        services.TryAddSingleton<VigilRuntime>();
        services.TryAddSingleton<ExchangeQueue>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, VigilShipper>());
        return services;
    }
}
