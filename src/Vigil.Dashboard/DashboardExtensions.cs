using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigil.Dashboard.Assets;
using Vigil.Dashboard.Auth;
using Vigil.Dashboard.Design;
using Vigil.Dashboard.Live;
using Vigil.Dashboard.Model;

namespace Vigil.Dashboard;

/// <summary>
/// The dashboard as two calls for the composition root. Every page needs a session except the sign-in page and the
/// static assets; pages redirect to sign-in, and data endpoints (the live feed) answer 401.
/// </summary>
public static class DashboardExtensions
{
    public const string SignInPath = "/signin";

    public static IServiceCollection AddVigilDashboard(this IServiceCollection services, DashboardOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(options.Queries);
        services.AddSingleton<RuleBook>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<PasswordCheck>();
        services.AddSingleton<FeedStreams>();
        services.AddScoped<ProjectContext>();
        services.TryAddSingleton<IDesignSource, NoDesignSource>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(SessionCookie.Configure);
        services.AddAuthorization();
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToPage("/SignIn");
        }).ConfigureApplicationPartManager(parts =>
        {
            // Hosts differ in what they discover on their own (the CLI, a test runner): add our pages exactly once.
            var assembly = typeof(DashboardExtensions).Assembly;
            if (!parts.ApplicationParts.Any(p => p is AssemblyPart a && a.Assembly == assembly))
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        });
        return services;
    }

    public static WebApplication MapVigilDashboard(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseAuthentication();
        app.UseAuthorization();
        StaticAssets.Map(app);
        app.MapRazorPages();
        app.MapGet("/threats/stream", FeedStreams.HandleAsync).RequireAuthorization();
        app.MapPost("/project", ProjectContext.SelectAsync).RequireAuthorization();
        return app;
    }
}
