package org.hotelagent.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

class SmtpClientTest {

    @Test
    void treats5xxAnswersAndBadAddressesAsPermanentAndTheRestAsTransient() throws Exception {
        var guest = new InternetAddress("guest@example.com");
        var rejected = new SMTPAddressFailedException(guest, "RCPT TO", 550, "5.1.1 No such user");

        assertThat(SmtpClient.isPermanent(new SendFailedException("Invalid Addresses", rejected))).isTrue();
        assertThat(SmtpClient.isPermanent(new SMTPSendFailedException("DATA", 554, "5.7.1 Rejected", null, null,
                null, null))).isTrue();
        assertThat(SmtpClient.isPermanent(new AddressException("Illegal address"))).isTrue();
        assertThat(SmtpClient.isPermanent(new SMTPSendFailedException("DATA", 451, "4.3.0 Try later", null, null,
                null, null))).isFalse();
        assertThat(SmtpClient.isPermanent(new MessagingException("Could not connect to SMTP host"))).isFalse();
    }
}
