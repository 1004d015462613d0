package dev.fakecognito.testcontainers;

import com.github.dockerjava.api.exception.NotFoundException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.ImagePullPolicy;
import org.testcontainers.utility.DockerImageName;

/**
 * The pull policy of the default image, which no registry holds yet: use the local image, never pull.
 * A pull could only fail, after minutes of retries; this fails at once and says how to build it.
 */
final class LocalImageOnly implements ImagePullPolicy {

    @Override
    public boolean shouldPull(DockerImageName imageName) {
        String name = imageName.asCanonicalNameString();
        try {
            DockerClientFactory.lazyClient().inspectImageCmd(name).exec();
            return false;
        } catch (NotFoundException e) {
            throw new IllegalStateException(
                    "The image " + name + " is not in the local Docker engine, and it is not pulled"
                            + " from any registry: build it first with scripts/build-image.sh of the"
                            + " fake-cognito-identity project (see its README, section Container).",
                    e);
        }
    }
}
