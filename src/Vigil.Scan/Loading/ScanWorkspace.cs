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

    // Nullable annotations stay (types read as declared) but nullable flow analysis is off: with it on, the first
    // question asked about a method body re-walked the whole body for nullability, a third of the scan's CPU.
    private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None)
        .WithFeatures([new("run-nullable-analysis", "never")]);

    private ScanWorkspace(string baseDirectory, Func<SyntaxTree, Compilation> compilationOf, IReadOnlyList<SyntaxTree> trees, int lines, IReadOnlyList<string> warnings, int parallelism)
    {
        BaseDirectory = baseDirectory;
        _compilationOf = compilationOf;
        Trees = trees;
        Lines = lines;
        Warnings = warnings;
        Parallel = Options(parallelism);
        _models = new();
        _index = new(() => SyntaxIndex.Build(trees, Parallel));
        Semantics = new(Model);
    }

    private ScanWorkspace(ScanWorkspace other, int parallelism)
    {
        BaseDirectory = other.BaseDirectory;
        _compilationOf = other._compilationOf;
        Trees = other.Trees;
        Lines = other.Lines;
        Warnings = other.Warnings;
        Parallel = Options(parallelism);
        _models = other._models;
        _index = other._index;
        Semantics = other.Semantics;
    }

    public SyntaxIndex Index => _index.Value;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<SyntaxTree, SemanticModel> _models;
    private readonly Lazy<SyntaxIndex> _index;

    /// <summary>Symbols and types per node, cached for the analyses that ask again and again (taint).</summary>
    public SemanticCache Semantics { get; }

    /// <summary>How many threads the analyses may use; 1 runs everything on the caller's thread (the benchmark's baseline).</summary>
    public ParallelOptions Parallel { get; }

    /// <summary>The same loaded target (models and index shared) analysed with another degree of parallelism.</summary>
    public ScanWorkspace WithParallelism(int parallelism) => new(this, parallelism);

    private static ParallelOptions Options(int parallelism) =>
        new() { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount };

    public string BaseDirectory { get; }

    // One compilation for the whole target by default; with --msbuild, the compilation of the project a tree belongs to.
    private readonly Func<SyntaxTree, Compilation> _compilationOf;

    /// <summary>The target's own trees (not the implicit-usings tree), paths relative to <see cref="BaseDirectory"/>.</summary>
    public IReadOnlyList<SyntaxTree> Trees { get; }

    public int Lines { get; }

    public IReadOnlyList<string> Warnings { get; }

    /// <summary>One semantic model per tree, shared by every analysis (creating one rebinds the file).</summary>
    public SemanticModel Model(SyntaxTree tree) => _models.GetOrAdd(tree, t => _compilationOf(t).GetSemanticModel(t));

    public static ScanWorkspace Load(ScanFiles input, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default, int parallelism = 0)
    {
        var warnings = new List<string>(input.Errors);
        var parseOptions = ParseOptions;
        var trees = new SyntaxTree?[input.Files.Count];
        var lines = 0;
        var done = 0;
        System.Threading.Tasks.Parallel.For(0, input.Files.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Options(parallelism).MaxDegreeOfParallelism }, i =>
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
        return new ScanWorkspace(input.BaseDirectory, _ => compilation, own, lines, warnings, parallelism);
    }

    /// <summary>Snippets for tests: each string becomes one file named <c>File{n}.cs</c>.</summary>
    public static ScanWorkspace FromSources(params string[] sources)
    {
        var parseOptions = ParseOptions;
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, $"File{i}.cs")).ToList();
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, "<implicit-usings>.cs");
        var compilation = CSharpCompilation.Create(
            "ScanTarget",
            [.. trees, usings],
            ReferenceAssemblies.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new ScanWorkspace("", _ => compilation, trees, trees.Sum(t => t.GetText().Lines.Count), [], 0);
    }

    /// <summary>
    /// Trees that each belong to a project's own compilation (MSBuildWorkspace), paths already relative to
    /// <paramref name="baseDirectory"/>; <paramref name="others"/> own the trees a symbol may lead to outside them
    /// (referenced projects).
    /// </summary>
    internal static ScanWorkspace FromCompilations(string baseDirectory, IReadOnlyList<(SyntaxTree Tree, Compilation Compilation)> trees, IReadOnlyList<Compilation> others, IReadOnlyList<string> warnings, int parallelism)
    {
        var owners = trees.ToDictionary(t => t.Tree, t => t.Compilation);
        var own = trees.Select(t => t.Tree).ToList();
        return new ScanWorkspace(baseDirectory, t => owners.TryGetValue(t, out var c) ? c : others.First(o => o.ContainsSyntaxTree(t)), own, own.Sum(t => t.GetText().Lines.Count), warnings, parallelism);
    }

    /// <summary>The options every scan parses with, for loaders that parse through another host (MSBuildWorkspace).</summary>
    internal static CSharpParseOptions WithScanFeatures(CSharpParseOptions options) => options.WithFeatures([.. options.Features, .. ParseOptions.Features]);
}
