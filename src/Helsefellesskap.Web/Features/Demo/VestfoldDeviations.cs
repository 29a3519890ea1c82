using Helsefellesskap.Web.Features.Deviations;
using Helsefellesskap.Web.Features.Units;

namespace Helsefellesskap.Web.Features.Demo;

/// <summary>
/// The units of the Vestfold partners, the standard deviation taxonomy, and who handles deviations: a nurse in
/// Tønsberg's home care who reports, the hospital's quality contact, Tønsberg's quality contact and the quality committee.
/// </summary>
internal static class VestfoldDeviations
{
    public const string Nurse = "Silje Haugland";
    public const string HospitalQualityContact = "Trond Eliassen";
    public const string TonsbergQualityContact = "Hanne Lyng Moe";
    public const string CommitteeReader = "Marianne Kjos Lie";

    /// <summary>The hospital's clinics and departments (fictional structure modelled on a Norwegian hospital trust).</summary>
    public static readonly (string Clinic, string[] Departments)[] HospitalUnits =
    [
        ("Medisinsk klinikk", ["Hjerteavdelingen", "Lungeavdelingen", "Geriatrisk avdeling", "Avdeling for infeksjonssykdommer", "Nyre- og diabetesavdelingen"]),
        ("Kirurgisk klinikk", ["Ortopedisk avdeling", "Gastrokirurgisk avdeling", "Urologisk avdeling"]),
        ("Klinikk psykisk helse og avhengighet", ["Akuttpsykiatrisk avdeling", "DPS Tønsberg", "Avdeling for rus og avhengighet"]),
        ("Prehospital klinikk", ["Akuttmottaket", "Ambulansetjenesten"]),
        ("Kvinne-barn-klinikken", ["Fødeavdelingen", "Barne- og ungdomsavdelingen"]),
        ("Klinikk fysikalsk medisin og rehabilitering", ["Rehabiliteringsavdelingen"]),
    ];

    /// <summary>Every municipality's services; the larger ones have home care in zones.</summary>
    public static readonly (string Service, string[] Sections)[] MunicipalUnits =
    [
        ("Hjemmetjenesten", ["Sone nord", "Sone sør"]),
        ("Sykehjem og korttidsavdeling", []),
        ("Tildelingskontoret", []),
        ("Legevakt", []),
        ("Psykisk helse og rus", []),
        ("Helsestasjon og jordmortjeneste", []),
    ];

    public static Task SeedAsync(DemoRegister register)
    {
        var db = register.Db;
        var communityId = register.CommunityId;
        var units = new List<ServiceUnit>();
        ServiceUnit Add(string partnerKey, string name, ServiceUnit? parent)
        {
            var unit = new ServiceUnit { CommunityId = communityId, Partner = register.Partners[partnerKey], Name = name, Parent = parent };
            units.Add(unit);
            return unit;
        }

        foreach (var (clinic, departments) in HospitalUnits)
        {
            var parent = Add("SiV", clinic, null);
            foreach (var department in departments)
            {
                Add("SiV", department, parent);
            }
        }
        foreach (var municipality in register.Partners.Where(p => p.Value.Kind == Partners.PartnerKind.Municipality).Select(p => p.Key))
        {
            foreach (var (service, sections) in MunicipalUnits)
            {
                var parent = Add(municipality, service, null);
                foreach (var section in sections)
                {
                    Add(municipality, section, parent);
                }
            }
        }
        db.ServiceUnits.AddRange(units);
        db.DeviationCategories.AddRange(StandardTaxonomy.Create(communityId));

        var homeCareNorth = units.Single(u => u.Partner == register.Partners["Tønsberg"] && u.Name == "Sone nord");
        var medicalClinic = units.Single(u => u.Name == "Medisinsk klinikk");
        register.People[Nurse].WorkUnit = homeCareNorth;
        register.People[HospitalQualityContact].WorkUnit = medicalClinic;
        db.DeviationRoles.AddRange(
            new DeviationRole { CommunityId = communityId, Person = register.People[HospitalQualityContact], Kind = DeviationRoleKind.QualityContact, Partner = register.Partners["SiV"] },
            new DeviationRole { CommunityId = communityId, Person = register.People[HospitalQualityContact], Kind = DeviationRoleKind.UnitHandler, Unit = medicalClinic },
            new DeviationRole { CommunityId = communityId, Person = register.People[TonsbergQualityContact], Kind = DeviationRoleKind.QualityContact, Partner = register.Partners["Tønsberg"] },
            new DeviationRole { CommunityId = communityId, Person = register.People[TonsbergQualityContact], Kind = DeviationRoleKind.UnitHandler, Unit = homeCareNorth.Parent! },
            new DeviationRole { CommunityId = communityId, Person = register.People[CommitteeReader], Kind = DeviationRoleKind.StatisticsReader });
        VestfoldDeviationReports.Add(register);
        return db.SaveChangesAsync();
    }
}
