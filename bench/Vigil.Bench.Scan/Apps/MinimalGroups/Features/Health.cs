namespace MinimalGroups.Features;

public static class Health
{
    public static void MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", () => "ok").AllowAnonymous();
        app.MapHealthChecks("/ready");
    }
}
