namespace Microsoft.AspNetCore.Builder;

public static class VigilApplicationBuilderExtensions
{
    /// <summary>PLACEHOLDER API SURFACE: adds the capture middleware.</summary>
    public static IApplicationBuilder UseVigil(this IApplicationBuilder app) => app;
}
