namespace System.DirectoryServices;

public sealed class DirectorySearcher
{
    public DirectorySearcher() { }
    public DirectorySearcher(string filter) => Filter = filter;
    public string Filter { get; set; }
}
