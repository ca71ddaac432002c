namespace Vigil.Detection.Behaviour;

/// <summary>What an authentication-like route does, judged from its route words.</summary>
public enum AuthAction
{
    None = 0,
    Login = 1,
    PasswordReset = 2,
    Otp = 3,
}
