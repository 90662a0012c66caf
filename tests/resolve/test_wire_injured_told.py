

# ---------------------------------------------------------------- the toll of an abduction told on the road


def test_an_abduction_on_a_highway_has_the_dead_and_wounded_told_at_a_town_on_it() -> None:
    event = main_event(
        "ABUJA, March 9 (Reuters) - Gunmen kidnapped at least 17 passengers from a bus on the highway linking the "
        "northern cities of Kano and Zaria late on Sunday, police said.\n\n"
        "The kidnappers stopped the bus near Dakatsalle, a village in Kaduna state, and shot dead one of the "
        "passengers and wounded three others who tried to run, a police spokesman said.",
        published="2026-03-10",
    )
    assert (event.killed, event.injured) == (1, 3)


def test_an_abduction_of_migrants_has_the_passenger_who_died_told_after_it() -> None:
    event = main_event(
        "MEXICO CITY, Aug 21 (AP) — Armed men seized 12 migrants from a bus on the highway between Monterrey and "
        "Nuevo Laredo in northern Mexico on Wednesday, the state prosecutor's office said.\n\n"
        "The attackers fired on the bus near Sabinas Hidalgo, a town in Nuevo León state, and one passenger died "
        "of his wounds in hospital, the office said. Two others were treated for gunshot wounds.",
        published="2026-08-22",
    )
    assert (event.killed, event.injured) == (1, 2)


def test_an_abduction_of_students_has_the_driver_killed_told_after_it() -> None:
    event = main_event(
        "YAOUNDE, Nov 4 (Reuters) - Separatist fighters abducted nine students from a bus on the road between "
        "Bamenda and Bafoussam in western Cameroon on Monday, the regional governor said.\n\n"
        "The gunmen ambushed the bus outside Santa, a town in the North-West region, killing the driver and "
        "wounding two teachers, the governor said.",
        published="2026-11-05",
    )
    assert (event.killed, event.injured) == (1, 2)
