using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.AspNetCore;
using Vigil.AspNetCore.Capture;
using Vigil.AspNetCore.Configuration;

namespace Microsoft.AspNetCore.Builder;

public static class VigilApplicationBuilderExtensions
{
    /// <summary>
    /// Adds the capture middleware. Place it early (before routing and authentication, which it reads after they
    /// ran) and after response compression if you use it, so bodies are seen uncompressed.
    /// </summary>
    public static IApplicationBuilder UseVigil(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        if (app.ApplicationServices.GetService<VigilRuntime>() is null)
        {
            // A missing AddVigil() is a setup mistake, but the host must still start; say how to fix it instead.
            if (app.ApplicationServices.GetService<ILoggerFactory>() is { } loggerFactory)
            {
                Log.AddVigilMissing(loggerFactory.CreateLogger("Vigil.AspNetCore"));
            }

            return app;
        }

        return app.UseMiddleware<VigilMiddleware>();
    }
}
