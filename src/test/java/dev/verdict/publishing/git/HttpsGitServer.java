package dev.verdict.publishing.git;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An https git server for tests: git's smart HTTP protocol (JGit's UploadPack and ReceivePack in a
 * servlet) on an embedded Tomcat with TLS (a self-signed certificate made by keytool) and HTTP
 * basic auth for one user. While it runs, the JVM's https connections trust that certificate.
 */
final class HttpsGitServer implements AutoCloseable {

    private final Tomcat tomcat = new Tomcat();
    private final Path repositories;
    private final String user;
    private final String password;
    private final SSLSocketFactory previousFactory = HttpsURLConnection.getDefaultSSLSocketFactory();
    private final int port;

    HttpsGitServer(Path work, Path repositories, String user, String password) throws Exception {
        this(work, repositories, user, password, 0);
    }

    /** On a given port, to bring a stopped server back where clients expect it. */
    HttpsGitServer(Path work, Path repositories, String user, String password, int port) throws Exception {
        this.repositories = repositories;
        this.user = user;
        this.password = password;
        Path keystore = work.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "git", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        trust(keystore);

        tomcat.setBaseDir(Files.createDirectories(work.resolve("tomcat")).toString());
        Connector https = new Connector();
        https.setPort(port);
        https.setSecure(true);
        https.setScheme("https");
        https.setProperty("SSLEnabled", "true");
        https.setProperty("address", "127.0.0.1");
        SSLHostConfig ssl = new SSLHostConfig();
        var certificate = new SSLHostConfigCertificate(ssl, SSLHostConfigCertificate.Type.RSA);
        certificate.setCertificateKeystoreFile(keystore.toString());
        certificate.setCertificateKeystorePassword("changeit");
        certificate.setCertificateKeystoreType("PKCS12");
        ssl.addCertificate(certificate);
        https.addSslHostConfig(ssl);
        tomcat.getService().addConnector(https);
        tomcat.setConnector(https);
        Context context = tomcat.addContext("", work.toString());
        Tomcat.addServlet(context, "git", new GitServlet());
        context.addServletMappingDecoded("/*", "git");
        tomcat.start();
        this.port = https.getLocalPort();
    }

    int port() {
        return port;
    }

    /** https://localhost:port/name.git */
    String url(String name) {
        return "https://localhost:" + port + "/" + name + ".git";
    }

    private void trust(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        HttpsURLConnection.setDefaultSSLSocketFactory(context.getSocketFactory());
    }

    @Override
    public void close() throws Exception {
        HttpsURLConnection.setDefaultSSLSocketFactory(previousFactory);
        tomcat.stop();
        tomcat.destroy();
    }

    private final class GitServlet extends HttpServlet {

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (!authorized(request.getHeader("Authorization"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"git\"");
                response.sendError(401, "Unauthorized");
                return;
            }
            String path = request.getRequestURI();
            String service = path.endsWith("/info/refs") ? request.getParameter("service")
                    : path.substring(path.lastIndexOf('/') + 1);
            String name = path.substring(1, path.indexOf(".git/") + 4);
            Path dir = repositories.resolve(name).normalize();
            if (!dir.startsWith(repositories) || !Files.exists(dir.resolve("HEAD"))
                    || !List.of("git-upload-pack", "git-receive-pack").contains(service)) {
                response.sendError(404, "Repository not found");
                return;
            }
            try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build()) {
                if (path.endsWith("/info/refs")) {
                    advertise(repo, service, response);
                } else {
                    serve(repo, service, request, response);
                }
            }
        }

        private void advertise(Repository repo, String service, HttpServletResponse response) throws IOException {
            response.setContentType("application/x-" + service + "-advertisement");
            response.setHeader("Cache-Control", "no-cache");
            OutputStream out = response.getOutputStream();
            PacketLineOut packets = new PacketLineOut(out);
            packets.writeString("# service=" + service + "\n");
            packets.end();
            var advertiser = new RefAdvertiser.PacketLineOutRefAdvertiser(packets);
            if (service.equals("git-upload-pack")) {
                UploadPack upload = new UploadPack(repo);
                upload.setBiDirectionalPipe(false);
                upload.sendAdvertisedRefs(advertiser);
            } else {
                ReceivePack receive = new ReceivePack(repo);
                receive.setBiDirectionalPipe(false);
                receive.sendAdvertisedRefs(advertiser);
            }
            out.flush();
        }

        private void serve(Repository repo, String service, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            response.setContentType("application/x-" + service + "-result");
            InputStream in = "gzip".equals(request.getHeader("Content-Encoding"))
                    ? new GZIPInputStream(request.getInputStream()) : request.getInputStream();
            OutputStream out = response.getOutputStream();
            if (service.equals("git-upload-pack")) {
                UploadPack upload = new UploadPack(repo);
                upload.setBiDirectionalPipe(false);
                upload.upload(in, out, null);
            } else {
                ReceivePack receive = new ReceivePack(repo);
                receive.setBiDirectionalPipe(false);
                receive.receive(in, out, null);
            }
            out.flush();
        }

        private boolean authorized(String header) {
            if (header == null || !header.startsWith("Basic ")) {
                return false;
            }
            String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
            return decoded.equals(user + ":" + password);
        }
    }
}
