namespace Vigil.Storage.Sqlite.Migrations;

/// <summary>One schema step. Versions are dense and never edited once released: a change is a new migration.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
