using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigil.Samples.QrOrdering.Auth;
using Vigil.Samples.QrOrdering.Contracts;
using Vigil.Samples.QrOrdering.Data;
using Vigil.Samples.QrOrdering.Data.Seeding;
using Vigil.Samples.QrOrdering.Ordering;

namespace Vigil.Samples.QrOrdering;

/// <summary>Registers the sample's stores (seeded), auth, JSON conventions and both endpoint styles.</summary>
internal static class QrOrderingServices
{
    public static IServiceCollection AddQrOrdering(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => SampleData.Generate(SampleSeed.Default, sp.GetRequiredService<TimeProvider>().GetUtcNow()));
        services.AddSingleton(sp =>
        {
            var catalog = sp.GetRequiredService<SampleData>().Catalog;
            return new RestaurantCatalog(catalog.Restaurants, catalog.Tables, catalog.MenuItems);
        });
        services.AddSingleton(sp => new CustomerStore(sp.GetRequiredService<SampleData>().Customers));
        services.AddSingleton(sp => new OrderStore(sp.GetRequiredService<SampleData>().Orders, OrderHistoryGenerator.FirstOrderId));
        services.AddSingleton(sp => new StaffDirectory(sp.GetRequiredService<SampleData>().Catalog.Staff));
        services.AddSingleton<PaymentStore>();
        services.AddSingleton<StaffSessionStore>();
        services.AddSingleton<OrderViews>();
        services.AddSingleton<OrderPlacement>();

        // Nothing here uses cookies or antiforgery; in-memory keys stop the framework writing a key ring to the user's profile.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddProblemDetails();
        services.AddHealthChecks();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddControllers(o => o.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider()))
            // The entry assembly is the CLI or the test host when the sample runs in-process; name ours explicitly.
            .AddApplicationPart(typeof(QrOrderingApp).Assembly)
            .AddJsonOptions(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));

        services.AddAuthentication(StaffTokenDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, StaffTokenAuthenticationHandler>(StaffTokenDefaults.Scheme, configureOptions: null);
        services.AddSingleton<IAuthorizationHandler, OwnRestaurantAuthorizationHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, p => p.RequireAuthenticatedUser().RequireClaim(StaffClaimTypes.RestaurantId))
            .AddPolicy(StaffPolicies.OwnRestaurant, p => p
                .RequireAuthenticatedUser()
                .RequireClaim(StaffClaimTypes.RestaurantId)
                .AddRequirements(new OwnRestaurantRequirement()));
        return services;
    }
}
