using Vigil.AspNetCore;

namespace Microsoft.Extensions.DependencyInjection;

public static class VigilServiceCollectionExtensions
{
    /// <summary>PLACEHOLDER API SURFACE: registers Vigil's capture and shipping services.</summary>
    public static IServiceCollection AddVigil(this IServiceCollection services, Action<VigilOptions>? configure = null)
    {
        services.AddOptions<VigilOptions>().Configure(o => configure?.Invoke(o));
        return services;
    }
}
