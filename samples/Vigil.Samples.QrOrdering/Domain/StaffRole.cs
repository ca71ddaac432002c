namespace Vigil.Samples.QrOrdering.Domain;

public enum StaffRole
{
    Manager,
    Waiter,
    Kitchen,
}
