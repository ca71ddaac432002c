using Microsoft.AspNetCore.Mvc;
using Vigil.Dashboard.Model;

namespace Vigil.Dashboard.Pages.Settings;

/// <summary>
/// The project's extra masking: field names and value patterns the collector masks on ingest, on top of the built-in
/// names and patterns and of whatever the SDK already masked (its own configuration stays in the application's code).
/// </summary>
public sealed class MaskingModel(ProjectContext projects, DashboardOptions options) : SettingsPageModel(projects, options)
{
    public override string Tab => "masking";

    /// <summary>One name per line, as shown in (and kept in) the form.</summary>
    public string Names { get; private set; } = "";

    public string Patterns { get; private set; } = "";

    public DateTimeOffset? UpdatedAt { get; private set; }

    public async Task OnGetAsync()
    {
        if (Ready)
        {
            var rules = await Editor!.GetMaskingRulesAsync(Project!.Id, Aborted).ConfigureAwait(false);
            (Names, Patterns) = (string.Join('\n', rules.Names), string.Join('\n', rules.Patterns));
            UpdatedAt = rules.UpdatedAt == DateTimeOffset.MinValue ? null : rules.UpdatedAt;
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(string? names, string? patterns)
    {
        (Names, Patterns) = (names ?? "", patterns ?? "");
        if (Ready)
        {
            var (rules, problems) = await Editor!.SaveMaskingRulesAsync(Project!.Id, Lines(Names), Lines(Patterns), Aborted).ConfigureAwait(false);
            Problems = problems;
            if (rules is not null)
            {
                Message = "Masking rules saved. They apply to events received from now on; stored events keep what they had.";
                UpdatedAt = rules.UpdatedAt;
            }
        }

        return Page();
    }

    private static string[] Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];
}
