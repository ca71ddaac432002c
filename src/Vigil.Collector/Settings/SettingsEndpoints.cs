using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Collector.Http;
using Vigil.Collector.Keys;
using Vigil.Dashboard;

namespace Vigil.Collector.Settings;

/// <summary>
/// <c>/v1/alert-rules</c>, <c>/v1/masking-rules</c> and <c>/v1/ip-lists</c>: the key's project's own settings, with
/// the same validation as the Settings page (<see cref="ProjectSettingsService"/>). Authorised like
/// <c>/v1/channels</c>: a read key of the project lists and changes them.
/// </summary>
internal static class SettingsEndpoints
{
    private const int MaxJsonChars = 64 * 1024;

    public static void Map(RouteGroupBuilder read)
    {
        read.MapGet("/alert-rules", ListAlertRulesAsync);
        read.MapPost("/alert-rules", AddAlertRuleAsync);
        read.MapDelete("/alert-rules/{id}", DeleteAlertRuleAsync);
        read.MapGet("/masking-rules", GetMaskingAsync);
        read.MapPut("/masking-rules", PutMaskingAsync);
        read.MapGet("/ip-lists", ListIpListsAsync);
        read.MapPut("/ip-lists/{name}", PutIpListAsync);
        read.MapDelete("/ip-lists/{name}", DeleteIpListAsync);
    }

    private static async Task<IResult> ListAlertRulesAsync(HttpContext http, ProjectSettingsRegistry registry, ProjectSettingsService settings)
    {
        if (registry.Stores is null)
        {
            return NoSettings();
        }

        var rules = await settings.ListAlertRulesAsync(Project(http), http.RequestAborted).ConfigureAwait(false);
        return Results.Json(new AlertRuleListView([.. rules.Select(AlertRuleView.From)]), SettingsJsonContext.Default.AlertRuleListView);
    }

    private static async Task<IResult> AddAlertRuleAsync(HttpContext http, ProjectSettingsRegistry registry, ProjectSettingsService settings)
    {
        if (registry.Stores is null)
        {
            return NoSettings();
        }

        var (input, error) = await BoundedBody.ReadJsonAsync(http.Request, MaxJsonChars, SettingsJsonContext.Default.AlertRuleInput, http.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var (rule, problems) = await settings.AddAlertRuleAsync(Project(http), input!, http.RequestAborted).ConfigureAwait(false);
        return rule is null
            ? Problems.BadRequest(problems)
            : Results.Json(AlertRuleView.From(rule), SettingsJsonContext.Default.AlertRuleView, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> DeleteAlertRuleAsync(HttpContext http, string id, ProjectSettingsRegistry registry, ProjectSettingsService settings)
    {
        if (registry.Stores is null)
        {
            return NoSettings();
        }

        if (!Guid.TryParse(id, out var ruleId))
        {
            return Problems.BadQuery("id", "must be an alert rule id (a UUID)");
        }

        return await settings.DeleteAlertRuleAsync(Project(http), ruleId, http.RequestAborted).ConfigureAwait(false)
            ? Results.NoContent()
            : Problems.NotFound($"No alert rule {ruleId} in this key's project; list them with GET /v1/alert-rules.");
    }

    private static async Task<IResult> GetMaskingAsync(HttpContext http, ProjectSettingsRegistry registry, ProjectSettingsService settings)
    {
        if (registry.Stores is null)
        {
            return NoSettings();
        }

        var rules = await settings.GetMaskingRulesAsync(Project(http), http.RequestAborted).ConfigureAwait(false);
        return Results.Json(
            new MaskingRulesView { Names = rules.Names, Patterns = rules.Patterns, UpdatedAt = rules.UpdatedAt == DateTimeOffset.MinValue ? null : rules.UpdatedAt },
            SettingsJsonContext.Default.MaskingRulesView);
    }

    private static async Task<IResult> PutMaskingAsync(HttpContext http, ProjectSettingsRegistry registry, ProjectSettingsService settings)
    {
        if (registry.Stores is null)
        {
            return NoSettings();
        }

        var (view, error) = await BoundedBody.ReadJsonAsync(http.Request, MaxJsonChars, SettingsJsonContext.Default.MaskingRulesView, http.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var (rules, problems) = await settings.SaveMaskingRulesAsync(Project(http), view!.Names ?? [], view.Patterns ?? [], http.RequestAborted).ConfigureAwait(false);
        return rules is null
            ? Problems.BadRequest(problems)
            : Results.Json(new MaskingRulesView { Names = rules.Names, Patterns = rules.Patterns, UpdatedAt = rules.UpdatedAt }, SettingsJsonContext.Default.MaskingRulesView);
    }

    private static async Task<IResult> ListIpListsAsync(HttpContext http, ProjectSettingsRegistry registry, ProjectSettingsService settings)
    {
        if (registry.Stores is null)
        {
            return NoSettings();
        }

        var lists = await settings.ListIpListsAsync(Project(http), http.RequestAborted).ConfigureAwait(false);
        return Results.Json(new IpListListView([.. lists.Select(IpListView.From)]), SettingsJsonContext.Default.IpListListView);
    }

    private static async Task<IResult> PutIpListAsync(HttpContext http, string name, ProjectSettingsRegistry registry, ProjectSettingsService settings)
    {
        if (registry.Stores is null)
        {
            return NoSettings();
        }

        var content = await BoundedBody.ReadTextAsync(http.Request, IpListInputs.MaxChars, http.RequestAborted).ConfigureAwait(false);
        if (content is null)
        {
            return Problems.TooLarge($"An IP list is at most {IpListInputs.MaxChars} characters");
        }

        var (list, problems) = await settings.SaveIpListAsync(Project(http), name, content, http.RequestAborted).ConfigureAwait(false);
        return list is null ? Problems.BadRequest(problems) : Results.Json(IpListView.From(list), SettingsJsonContext.Default.IpListView);
    }

    private static async Task<IResult> DeleteIpListAsync(HttpContext http, string name, ProjectSettingsRegistry registry, ProjectSettingsService settings)
    {
        if (registry.Stores is null)
        {
            return NoSettings();
        }

        return await settings.DeleteIpListAsync(Project(http), name, http.RequestAborted).ConfigureAwait(false)
            ? Results.NoContent()
            : Problems.NotFound($"No IP list '{name}' in this key's project; list them with GET /v1/ip-lists.");
    }

    private static Guid Project(HttpContext http) => KeyRequirement.Current(http).ProjectId;

    private static IResult NoSettings() => Problems.NotFound("This collector's storage backend cannot hold project settings.");
}
