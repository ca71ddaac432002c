using Vigil.Detection.Behaviour;
using Vigil.Detection.Reputation;

namespace Vigil.Simulation.Traffic;

/// <summary>
/// The simulated world's address plan as an ASN table (in the <c>--asn-db</c> format): who owns which range, so the
/// network-aware detectors see what they would with a real table. Simulations also shorten the stable history a
/// key needs (VG2011) from 4 hours to 10 minutes, so a quarter-hour run can show it; the benign day is judged with
/// the same, more sensitive, setting.
/// </summary>
public static class SimulatedNetworks
{
    private const string Tsv = """
        10.0.0.0	10.255.255.255	64520	ZZ	diners' phones on venue Wi-Fi
        100.64.0.0	100.95.255.255	64510	ZZ	members at home (broadband)
        100.96.0.0	100.127.255.255	64511	ZZ	members on the phone network
        172.16.0.0	172.31.255.255	64530	ZZ	restaurant staff
        192.0.2.0	192.0.2.255	64500	ZZ	partners' servers
        198.51.100.0	198.51.100.255	64667	ZZ	attackers' residential proxies
        203.0.113.0	203.0.113.255	64666	ZZ	attackers' hosting provider
        """;

    public static AsnDatabase Table { get; } = AsnDatabase.From(AsnParser.Parse("simulated", new StringReader(Tsv)).Ranges);

    public static BehaviourOptions Options() => new() { Asn = Table, StableHistory = TimeSpan.FromMinutes(10) };
}
