using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace Vigil.Scan.Loading;

/// <summary>
/// The SDK's reference assemblies (NETCore.App and AspNetCore.App targeting packs), found from the running runtime so no
/// path is hard-coded. Loaded once per process: reading ~250 metadata files costs more than parsing a small project.
/// </summary>
internal static class ReferenceAssemblies
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Cached = new(Load);

    public static IReadOnlyList<MetadataReference> All => Cached.Value;

    /// <summary>Where the references came from, for <c>--verbose</c>-style diagnostics and tests.</summary>
    public static IReadOnlyList<string> Folders { get; private set; } = [];

    private static IReadOnlyList<MetadataReference> Load()
    {
        var folders = Locate();
        Folders = folders;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var references = new List<MetadataReference>();
        foreach (var folder in folders)
        {
            foreach (var dll in Directory.EnumerateFiles(folder, "*.dll"))
            {
                if (seen.Add(Path.GetFileName(dll)) && IsManaged(dll))
                {
                    references.Add(MetadataReference.CreateFromFile(dll));
                }
            }
        }

        return references;
    }

    // shared/Microsoft.NETCore.App/<ver>/System.Private.CoreLib.dll → <dotnet root>/packs/<pack>/<highest ver>/ref/net*/
    internal static IReadOnlyList<string> Locate()
    {
        var runtimeDir = RuntimeEnvironment.GetRuntimeDirectory();
        var root = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        var folders = new List<string>();
        foreach (var pack in (string[])["Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref"])
        {
            if (PackRefFolder(Path.Combine(root, "packs", pack)) is { } folder)
            {
                folders.Add(folder);
            }
        }

        if (folders.Count == 0)
        {
            // No targeting packs (a runtime-only install): implementation assemblies bind the same names.
            folders.Add(runtimeDir);
            var aspnet = Path.Combine(root, "shared", "Microsoft.AspNetCore.App", Path.GetFileName(runtimeDir.TrimEnd(Path.DirectorySeparatorChar)));
            if (Directory.Exists(aspnet))
            {
                folders.Add(aspnet);
            }
        }

        return folders;
    }

    private static string? PackRefFolder(string pack)
    {
        if (!Directory.Exists(pack))
        {
            return null;
        }

        var version = Directory.GetDirectories(pack)
            .Select(d => (Dir: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
            .Where(d => d.Version is not null)
            .OrderByDescending(d => d.Version)
            .FirstOrDefault();
        if (version.Dir is null)
        {
            return null;
        }

        var refDir = Path.Combine(version.Dir, "ref");
        return Directory.Exists(refDir)
            ? Directory.GetDirectories(refDir, "net*").OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    private static bool IsManaged(string dll)
    {
        try
        {
            using var stream = File.OpenRead(dll);
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            return pe.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
