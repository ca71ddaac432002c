namespace Vigil.Dashboard.Model;

/// <summary>Links to an endpoint's detail page, which every inventory list shares.</summary>
public static class EndpointLinks
{
    public static string Detail(string method, string route) =>
        $"/endpoints/detail?method={Uri.EscapeDataString(method)}&route={Uri.EscapeDataString(route)}";
}
