namespace Vigil.Samples.QrOrdering.Domain;

public enum OrderStatus
{
    Placed,
    Accepted,
    Preparing,
    Served,
    Completed,
    Cancelled,
}
