using Microsoft.Build.Locator;

namespace Vigil.Scan.Loading.MSBuild;

/// <summary>
/// Points this process at the installed .NET SDK's MSBuild. It must run before any Microsoft.Build type is loaded: once
/// one is, the runtime has bound to whatever copy it found and registering fails. Kept apart from the loader so that
/// calling it cannot make the JIT load MSBuild types first.
/// </summary>
internal static class MsBuildRegistration
{
    private static readonly Lock Gate = new();

    /// <summary>Null when MSBuild is usable, else why not (for the user, who can scan without --msbuild).</summary>
    public static string? EnsureRegistered()
    {
        lock (Gate)
        {
            if (MSBuildLocator.IsRegistered)
            {
                return null;
            }

            try
            {
                // The locator lists the SDK `dotnet` resolves here (global.json honoured) first.
                var instance = MSBuildLocator.QueryVisualStudioInstances().FirstOrDefault();
                if (instance is null)
                {
                    return "no .NET SDK found (MSBuildLocator looks for `dotnet` on PATH and in DOTNET_ROOT); install the SDK the target builds with";
                }

                MSBuildLocator.RegisterInstance(instance);
                return null;
            }
            catch (InvalidOperationException e)
            {
                return $"MSBuild could not be registered ({e.Message})";
            }
        }
    }
}
