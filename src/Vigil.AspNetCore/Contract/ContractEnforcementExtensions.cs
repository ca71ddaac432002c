using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.OpenApi;
using Vigil.OpenApi.Validation;

namespace Vigil.AspNetCore.Contract;

/// <summary>Opt-in positive security model: requests the spec does not allow are answered 400 before any handler runs.</summary>
public static class ContractEnforcementExtensions
{
    /// <summary>
    /// Rejects requests that break <paramref name="specPath"/> (unknown endpoint, unknown or invalid parameters, a JSON
    /// body that breaks its schema) with a 400 <c>application/problem+json</c>. Place it after <c>UseRouting</c> (or
    /// let the minimal-API host add routing) so per-endpoint opt-outs are seen. A spec with errors fails start-up
    /// with all of them; at run time the check fails open and never throws into the host.
    /// </summary>
    /// <param name="rejectUnreadableBodies">
    /// On operations whose spec documents a JSON body: answer 413 for a body over 256 KiB and 400 for one that is not
    /// JSON (true by default), instead of letting it through unjudged.
    /// </param>
    public static IApplicationBuilder UseVigilContract(this IApplicationBuilder app, string specPath, bool rejectUndocumented = true, bool rejectUnreadableBodies = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        var loaded = OpenApiDocumentLoader.Load(specPath);
        if (!loaded.Succeeded)
        {
            throw new InvalidOperationException($"Vigil contract enforcement: {specPath} cannot be used:{Environment.NewLine}{string.Join(Environment.NewLine, loaded.Errors)}");
        }

        var logger = app.ApplicationServices.GetService<ILoggerFactory>()?.CreateLogger("Vigil.Contract");
        var middleware = new ContractEnforcementMiddleware(new ContractValidator(loaded.Document!), rejectUndocumented, rejectUnreadableBodies, logger);
        return app.Use(next => context => middleware.InvokeAsync(context, next));
    }

    /// <summary>Exempts a minimal-API endpoint or group from contract enforcement.</summary>
    public static TBuilder SkipContractValidation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new SkipContractValidationAttribute());
        return builder;
    }
}
