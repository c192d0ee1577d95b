using Microsoft.AspNetCore.Identity;

namespace Sillage.Web.Infrastructure;

/// <summary>Identity's messages, in French, naming the rule.</summary>
public sealed class ErreursIdentiteFrancais : IdentityErrorDescriber
{
    private static IdentityError E(string code, string message) => new() { Code = code, Description = message };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "Une erreur inconnue est survenue.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Ce compte a été modifié entre-temps par quelqu'un d'autre : rechargez la page.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Mot de passe actuel incorrect.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"Identifiant « {userName} » invalide : lettres minuscules sans accent, chiffres, point, tiret et tiret bas uniquement.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"L'identifiant « {userName} » est déjà utilisé.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"Adresse électronique « {email} » invalide.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), $"L'adresse « {email} » est déjà utilisée.");
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), $"Rôle « {role} » invalide.");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), $"Le rôle « {role} » existe déjà.");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), $"L'utilisateur a déjà le rôle « {role} ».");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), $"L'utilisateur n'a pas le rôle « {role} ».");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"Mot de passe : au moins {length} caractères.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Mot de passe : au moins un caractère spécial (ni lettre ni chiffre).");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Mot de passe : au moins un chiffre.");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Mot de passe : au moins une lettre minuscule.");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Mot de passe : au moins une lettre majuscule.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"Mot de passe : au moins {uniqueChars} caractères différents.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "Le verrouillage n'est pas activé pour ce compte.");
}
