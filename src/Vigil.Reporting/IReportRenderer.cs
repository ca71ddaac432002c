namespace Vigil.Reporting;

/// <summary>Writes a whole report to a writer. Renderers are stateless and safe to reuse.</summary>
public interface IReportRenderer
{
    void Render(Report report, TextWriter output);
}
