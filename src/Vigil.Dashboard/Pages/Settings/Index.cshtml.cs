using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Vigil.Dashboard.Model;
using Vigil.Storage;

namespace Vigil.Dashboard.Pages.Settings;

/// <summary>
/// Projects, the current project's API keys and its alert channels with their last deliveries (edited on the alerting tab and by
/// <c>PUT /v1/channels/{name}</c>). A new key is shown once, in the answer to the form that created
/// it (never in a URL or a redirect), and only its hash is stored.
/// </summary>
public sealed partial class IndexModel(ProjectContext projects, IProjectStore store, DashboardOptions options) : DashboardPageModel(projects)
{
    public override string Section => "settings";

    public IReadOnlyList<ApiKeyRecord> Keys { get; private set; } = [];

    /// <summary>Null when the collector keeps no alerts.</summary>
    public IReadOnlyList<ChannelActivity>? Channels { get; private set; }

    /// <summary>Set only in the answer to "create key".</summary>
    public string? NewKey { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public Task OnGetAsync() => LoadKeysAsync();

    public async Task<IActionResult> OnPostCreateProjectAsync(string? name)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || !ProjectName().IsMatch(name))
        {
            Error = "A project name is 1–64 letters, digits, '-', '_' or '.'.";
        }
        else
        {
            await store.GetOrCreateProjectAsync(name, HttpContext.RequestAborted).ConfigureAwait(false);
            Message = $"Project \"{name}\" is ready. Choose it in the header to see its data and keys.";
        }

        await LoadKeysAsync().ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateKeyAsync(string? scope, string? name)
    {
        if (Project is null || !Enum.TryParse<KeyScope>(scope, ignoreCase: true, out var keyScope) || !Enum.IsDefined(keyScope))
        {
            Error = "Choose a project and a scope (ingest or read).";
        }
        else
        {
            name = string.IsNullOrWhiteSpace(name) ? null : name.Trim()[..Math.Min(name.Trim().Length, 100)];
            NewKey = await options.IssueKey(Project.Name, keyScope, name, HttpContext.RequestAborted).ConfigureAwait(false);
            Message = $"Created {(keyScope == KeyScope.Ingest ? "an ingest" : "a read")} key for \"{Project.Name}\". Copy it now: it is stored hashed and cannot be shown again.";
        }

        await LoadKeysAsync().ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeKeyAsync(Guid id)
    {
        var revoked = Project is not null && await store.RevokeKeyAsync(Project.Id, id.ToString("D"), HttpContext.RequestAborted).ConfigureAwait(false);
        if (revoked)
        {
            Message = "Key revoked. A running collector stops accepting it within 30 seconds.";
        }
        else
        {
            Error = "No active key with that id in this project.";
        }

        await LoadKeysAsync().ConfigureAwait(false);
        return Page();
    }

    private async Task LoadKeysAsync()
    {
        if (Project is not null)
        {
            Keys = await store.ListKeysAsync(Project.Id, HttpContext.RequestAborted).ConfigureAwait(false);
            if (options.Alerts is { } alerts)
            {
                Channels = await ChannelActivity.LoadAsync(alerts.Store, Project.Id, HttpContext.RequestAborted).ConfigureAwait(false);
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex ProjectName();
}
