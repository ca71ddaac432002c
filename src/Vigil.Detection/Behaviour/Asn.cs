using System.Globalization;

namespace Vigil.Detection.Behaviour;

/// <summary>How an autonomous system is named in messages and evidence.</summary>
internal static class Asn
{
    public static string Name(uint asn) => "AS" + asn.ToString(CultureInfo.InvariantCulture);
}
