using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Vigil.Scan.Loading;

/// <summary>
/// Every C# file of the target parsed and compiled against the SDK's reference assemblies, without restore or build.
/// Third-party types (EF Core, Dapper, Npgsql) stay unresolved; the analyses fall back to names for them.
/// </summary>
internal sealed class ScanWorkspace
{
    /// <summary>Files above this are generated or minified; parsing them costs more than anything they could tell us.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    // The Web SDK's implicit usings, so a project relying on them binds as it would when built.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Net.Http.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    private ScanWorkspace(string baseDirectory, CSharpCompilation compilation, IReadOnlyList<SyntaxTree> trees, int lines, IReadOnlyList<string> warnings)
    {
        BaseDirectory = baseDirectory;
        Compilation = compilation;
        Trees = trees;
        Lines = lines;
        Warnings = warnings;
        _index = new(() => SyntaxIndex.Build(trees));
    }

    public SyntaxIndex Index => _index.Value;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly Lazy<SyntaxIndex> _index;

    public string BaseDirectory { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>The target's own trees (not the implicit-usings tree), paths relative to <see cref="BaseDirectory"/>.</summary>
    public IReadOnlyList<SyntaxTree> Trees { get; }

    public int Lines { get; }

    public IReadOnlyList<string> Warnings { get; }

    /// <summary>One semantic model per tree, shared by every analysis (creating one rebinds the file).</summary>
    public SemanticModel Model(SyntaxTree tree) => _models.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));

    public static ScanWorkspace Load(ScanFiles input, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var warnings = new List<string>(input.Errors);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None);
        var trees = new SyntaxTree?[input.Files.Count];
        var lines = 0;
        var done = 0;
        Parallel.For(0, input.Files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var file = input.Files[i];
            var relative = Path.GetRelativePath(input.BaseDirectory, file).Replace('\\', '/');
            try
            {
                var info = new FileInfo(file);
                if (info.Length > MaxFileBytes)
                {
                    lock (warnings)
                    {
                        warnings.Add($"{relative}: {info.Length / 1024 / 1024} MB, above the {MaxFileBytes / 1024 / 1024} MB limit for source files; skipped.");
                    }

                    return;
                }

                var text = File.ReadAllText(file);
                var tree = CSharpSyntaxTree.ParseText(text, parseOptions, relative, cancellationToken: cancellationToken);
                trees[i] = tree;
                Interlocked.Add(ref lines, tree.GetText(cancellationToken).Lines.Count);
            }
            catch (IOException e)
            {
                lock (warnings)
                {
                    warnings.Add($"{relative}: could not be read ({e.Message}); skipped.");
                }
            }
            catch (UnauthorizedAccessException)
            {
                lock (warnings)
                {
                    warnings.Add($"{relative}: permission denied; skipped.");
                }
            }

            var n = Interlocked.Increment(ref done);
            if (n % 200 == 0)
            {
                progress?.Report(new ScanProgress("parsed", n, input.Files.Count));
            }
        });

        var own = trees.OfType<SyntaxTree>().ToList();
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, "<implicit-usings>.cs", cancellationToken: cancellationToken);
        var compilation = CSharpCompilation.Create(
            "ScanTarget",
            [.. own, usings],
            ReferenceAssemblies.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        return new ScanWorkspace(input.BaseDirectory, compilation, own, lines, warnings);
    }

    /// <summary>Snippets for tests: each string becomes one file named <c>File{n}.cs</c>.</summary>
    public static ScanWorkspace FromSources(params string[] sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, $"File{i}.cs")).ToList();
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, "<implicit-usings>.cs");
        var compilation = CSharpCompilation.Create(
            "ScanTarget",
            [.. trees, usings],
            ReferenceAssemblies.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new ScanWorkspace("", compilation, trees, trees.Sum(t => t.GetText().Lines.Count), []);
    }
}
