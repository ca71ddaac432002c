namespace Vigil.Detection.Behaviour;

/// <summary>What a client identity rests on, best first.</summary>
public enum ClientKind
{
    Ip = 0,
    Key = 1,
    User = 2,
}
