using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Scan.Loading;

namespace Vigil.Scan.Endpoints;

/// <summary>
/// Types registered in dependency injection (<c>AddSingleton&lt;T&gt;</c>, <c>AddScoped(sp =&gt; new T())</c>, <c>AddDbContext&lt;T&gt;</c>…),
/// so a minimal-API parameter of such a type is read as a service, not the request body.
/// </summary>
internal sealed class ServiceTypes
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public bool Contains(ITypeSymbol type) =>
        _names.Contains(type.Name) || type.Name.EndsWith("DbContext", StringComparison.Ordinal) || type.Name.EndsWith("Service", StringComparison.Ordinal)
        || type.Name.EndsWith("Repository", StringComparison.Ordinal);

    // Syntax only: binding every registration lambda costs more than the whole endpoint inventory.
    public static ServiceTypes Find(ScanWorkspace workspace)
    {
        var result = new ServiceTypes();
        foreach (var call in workspace.Index.Invocations)
        {
            if (call.Expression is not MemberAccessExpressionSyntax { Name: var name } || !IsRegistration(name.Identifier.Text))
            {
                continue;
            }

            if (name is GenericNameSyntax generic)
            {
                foreach (var arg in generic.TypeArgumentList.Arguments)
                {
                    result._names.Add(LastName(arg));
                }
            }

            foreach (var arg in call.ArgumentList.Arguments)
            {
                var created = arg.Expression switch
                {
                    LambdaExpressionSyntax { Body: var body } => body as ObjectCreationExpressionSyntax,
                    var e => e as ObjectCreationExpressionSyntax,
                };
                if (created is not null)
                {
                    result._names.Add(LastName(created.Type));
                }
                else if (arg.Expression is TypeOfExpressionSyntax typeOf)
                {
                    result._names.Add(LastName(typeOf.Type));
                }
            }
        }

        return result;
    }

    private static bool IsRegistration(string name) =>
        name.StartsWith("Add", StringComparison.Ordinal) || name.StartsWith("TryAdd", StringComparison.Ordinal)
        ? name.Contains("Singleton", StringComparison.Ordinal) || name.Contains("Scoped", StringComparison.Ordinal)
          || name.Contains("Transient", StringComparison.Ordinal) || name.Contains("DbContext", StringComparison.Ordinal)
          || name == "AddHttpClient"
        : false;

    private static string LastName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax q => LastName(q.Right),
        GenericNameSyntax g => g.Identifier.Text,
        _ => type.ToString(),
    };
}
