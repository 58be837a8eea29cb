package dev.regulars.server.referrals;

import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.referral.ReferralVerdict;
import dev.regulars.server.platform.ApiException;
import dev.regulars.server.stores.AuthenticatedTerminal;
import dev.regulars.server.stores.TerminalAuthenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.ZoneId;

/**
 * A till checks a friend's code before it shows the friend's discount (docs/API.md): the code's owner, the phone's
 * standing, the inviter's caps. The sale's booking decides again, as before.
 */
@Path("v1/referrals")
@TerminalAuthenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    @Inject
    private ReferralProgram referrals;
    @Inject
    private Clock clock;
    @Context
    private ContainerRequestContext request;

    @POST
    @Path("check")
    public ReferralVerdict.Answer check(ReferralVerdict.Request check) {
        if (check == null || check.code() == null || check.phoneE164() == null) {
            throw ApiException.badRequest("a code and a phone are needed");
        }
        AuthenticatedTerminal terminal = (AuthenticatedTerminal) request.getProperty(AuthenticatedTerminal.PROPERTY);
        String phone;
        try {
            phone = PhoneNumbers.normalize(check.phoneE164(), terminal.phoneRegion()).e164();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("\"" + check.phoneE164() + "\" is not a phone number");
        }
        return new ReferralVerdict.Answer(referrals.verdict(terminal.businessId(), check.code(), phone,
                ZoneId.of(terminal.zoneId()), clock.instant()));
    }
}
