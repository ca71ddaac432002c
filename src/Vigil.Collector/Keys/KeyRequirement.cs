using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Vigil.Collector.Http;
using Vigil.Protocol;
using Vigil.Storage;

namespace Vigil.Collector.Keys;

/// <summary>Endpoint filter: the request must carry a valid key of the given scope; the key is then in HttpContext.Items.</summary>
internal sealed class KeyRequirement(KeyScope scope) : IEndpointFilter
{
    private const string ItemName = "vigil.key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var authenticator = http.RequestServices.GetRequiredService<KeyAuthenticator>();
        var key = await authenticator.AuthenticateAsync(http.Request.Headers[ProtocolConstants.KeyHeader].ToString(), http.RequestAborted).ConfigureAwait(false);
        if (key is null)
        {
            return Problems.Unauthorized();
        }

        if (key.Scope != scope)
        {
            return Problems.Forbidden(scope.ToString().ToLowerInvariant());
        }

        http.Items[ItemName] = key;
        return await next(context).ConfigureAwait(false);
    }

    public static ApiKeyRecord Current(HttpContext context) => (ApiKeyRecord)context.Items[ItemName]!;
}
