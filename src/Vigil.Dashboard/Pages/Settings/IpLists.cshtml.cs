using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Vigil.Dashboard.Model;
using Vigil.Storage.Settings;

namespace Vigil.Dashboard.Pages.Settings;

/// <summary>
/// The project's own IP reputation lists, in the <c>--ip-list</c> format: rule VG1501 reports this project's requests
/// from a listed address, alongside the server's lists. Uploading a list under an existing name replaces it.
/// </summary>
public sealed class IpListsModel(ProjectContext projects, DashboardOptions options) : SettingsPageModel(projects, options)
{
    /// <summary>Read at most this much of an uploaded file: one character past the editor's limit, so it can say "too large".</summary>
    private const int MaxReadChars = (4 * 1024 * 1024) + 1;

    public override string Tab => "ip-lists";

    public IReadOnlyList<StoredIpList> Lists { get; private set; } = [];

    public string? FormName { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostUploadAsync(string? name, string? content, IFormFile? file)
    {
        FormName = name?.Trim();
        if (Ready)
        {
            var text = file is { Length: > 0 } ? await ReadAsync(file).ConfigureAwait(false) : content ?? "";
            var (list, problems) = await Editor!.SaveIpListAsync(Project!.Id, FormName ?? "", text, Aborted).ConfigureAwait(false);
            Problems = problems;
            if (list is not null)
            {
                Message = $"IP list \"{list.Name}\" holds {list.Entries:N0} networks; VG1501 uses it for this project's events from now on.";
                FormName = null;
            }
        }

        await LoadAsync().ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? name)
    {
        if (Ready && name is not null)
        {
            Message = await Editor!.DeleteIpListAsync(Project!.Id, name, Aborted).ConfigureAwait(false) ? $"IP list \"{name}\" deleted." : null;
            Problems = Message is null ? [new("name", "no such IP list in this project")] : [];
        }

        await LoadAsync().ConfigureAwait(false);
        return Page();
    }

    private async Task<string> ReadAsync(IFormFile file)
    {
        using var reader = new StreamReader(file.OpenReadStream());
        var buffer = new char[MaxReadChars];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await reader.ReadAsync(buffer.AsMemory(read), Aborted).ConfigureAwait(false)) > 0)
        {
            read += n;
        }

        return new string(buffer, 0, read);
    }

    private async Task LoadAsync()
    {
        if (Ready)
        {
            Lists = await Editor!.ListIpListsAsync(Project!.Id, Aborted).ConfigureAwait(false);
        }
    }
}
