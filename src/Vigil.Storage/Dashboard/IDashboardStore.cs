namespace Vigil.Storage.Dashboard;

/// <summary>A backend that can answer the dashboard's aggregate reads.</summary>
public interface IDashboardStore
{
    IDashboardQueries Dashboard { get; }
}
